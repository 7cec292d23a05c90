package dev.schemata.processor.entity;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.schemata.processor.entity.EntityCapture.entity;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.model.UniqueConstraint;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Converters, property access, provider annotations and the snake_case name style. */
class EntityColumnMappingTest {
  private static final String CONSTRAINT_TARGET = "@java.lang.annotation.Target({"
      + "java.lang.annotation.ElementType.FIELD, java.lang.annotation.ElementType.METHOD, "
      + "java.lang.annotation.ElementType.TYPE_USE})\n";

  /**
   * Stand-ins for Hibernate's and Bean Validation's annotations, which are read by name. Like
   * the real ones, the Bean Validation constraints are type annotations too, so they are part of
   * the attribute's type as well.
   */
  private static final List<JavaFileObject> PROVIDER_ANNOTATIONS = List.of(
      JavaFileObjects.forSourceString("org.hibernate.annotations.ColumnDefault",
          "package org.hibernate.annotations;\n"
              + "public @interface ColumnDefault { String value(); }"),
      JavaFileObjects.forSourceString("jakarta.validation.constraints.NotNull",
          "package jakarta.validation.constraints;\n" + CONSTRAINT_TARGET
              + "public @interface NotNull {}"),
      JavaFileObjects.forSourceString("jakarta.validation.constraints.Size",
          "package jakarta.validation.constraints;\n" + CONSTRAINT_TARGET
              + "public @interface Size { int min() default 0;"
              + " int max() default Integer.MAX_VALUE; }"));

  @Test
  void readsConvertersAccessAndProviderAnnotations() {
    JavaFileObject converter = entity("Converters",
        "interface TextConverter<X> extends AttributeConverter<X, String> {}",
        "class YearConverter implements TextConverter<Year> {",
        "  public String convertToDatabaseColumn(Year y) { return y.toString(); }",
        "  public Year convertToEntityAttribute(String s) { return Year.parse(s); }",
        "}");
    JavaFileObject invoice = entity("Invoice",
        "@Entity public class Invoice {",
        "  private long id;",
        "  private String memo;",
        "  @Access(AccessType.FIELD) @Column(length = 3) private String currency;",
        "  @Id public long getId() { return id; }",
        "  public void setId(long id) { this.id = id; }",
        "  @Convert(converter = YearConverter.class) @Column(length = 4)",
        "  public Year getYear() { return null; }",
        "  @org.hibernate.annotations.ColumnDefault(\"'draft'\")",
        "  @jakarta.validation.constraints.NotNull",
        "  @jakarta.validation.constraints.Size(max = 30)",
        "  public String getStatus() { return null; }",
        "  public boolean isPaid() { return false; }",
        "  @Transient public String getLabel() { return null; }",
        "}");
    List<JavaFileObject> sources = new java.util.ArrayList<>(PROVIDER_ANNOTATIONS);
    sources.add(converter);
    sources.add(invoice);

    EntityCapture.Result result = EntityCapture.compile(sources.toArray(JavaFileObject[]::new));

    assertThat(result.compilation()).succeededWithoutWarnings();
    assertThat(result.model().schema().table("Invoice")).hasValue(Table.named("Invoice")
        .column(Column.named("currency").type(SqlType.varchar(3)).nullable())
        .column(Column.named("id").type(SqlType.BIGINT))
        .column(Column.named("year").type(SqlType.varchar(4)).nullable())
        .column(Column.named("status").type(SqlType.varchar(30)).defaultValue("'draft'"))
        .column(Column.named("paid").type(SqlType.BOOLEAN))
        .primaryKey("id").build());
  }

  @Test
  void readsBeanValidationOnFieldsWhereTheyAnnotateTheTypeTooAndVersionsAsNotNull() {
    JavaFileObject account = entity("Account",
        "@Entity public class Account {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY)",
        "  @jakarta.validation.constraints.NotNull private Long id;",
        "  @jakarta.validation.constraints.NotNull",
        "  @jakarta.validation.constraints.Size(max = 40) private String login;",
        "  @jakarta.validation.constraints.Size(max = 12) @Lob private String motto;",
        "  @Version private Integer revision;",
        "}");
    List<JavaFileObject> sources = new java.util.ArrayList<>(PROVIDER_ANNOTATIONS);
    sources.add(account);

    EntityCapture.Result result = EntityCapture.compile(sources.toArray(JavaFileObject[]::new));

    assertThat(result.compilation()).succeededWithoutWarnings();
    assertThat(result.model().schema().table("Account")).hasValue(Table.named("Account")
        .column(Column.named("id").type(SqlType.BIGINT).identity())
        .column(Column.named("login").type(SqlType.varchar(40)))
        .column(Column.named("motto").type(SqlType.CLOB).nullable())
        .column(Column.named("revision").type(SqlType.INTEGER))
        .primaryKey("id").build());
  }

  @Test
  void appliesTheSnakeCaseNameStyleToEveryTableAndColumnName() {
    JavaFileObject order = entity("PurchaseOrder",
        "@Entity @Table(indexes = @Index(name = \"ix_placedAt\", columnList = \"placedAt\"))",
        "public class PurchaseOrder {",
        "  @Id private long orderId;",
        "  @Column(name = \"customerRef\") private String customer;",
        "  private LocalDate placedAt;",
        "  @ManyToOne private PurchaseOrder parentOrder;",
        "  @ElementCollection private Set<String> giftTags;",
        "}");

    Schema schema = EntityCapture.compileWith(List.of("-Aschemata.naming=snake_case"), order)
        .model().schema();

    assertThat(schema.tables().values()).containsExactly(
        Table.named("purchase_order")
            .column(Column.named("order_id").type(SqlType.BIGINT))
            .column(Column.named("customer_ref").type(SqlType.varchar(255)).nullable())
            .column(Column.named("placed_at").type(SqlType.DATE).nullable())
            .column(Column.named("parent_order_order_id").type(SqlType.BIGINT).nullable())
            .primaryKey("order_id")
            .index(Index.named("ix_placedAt").on("placed_at"))
            .foreignKey(ForeignKey.named("fk_purchase_order_parent_order_order_id")
                .columns("parent_order_order_id").references("purchase_order", "order_id"))
            .build(),
        Table.named("purchase_order_gift_tags")
            .column(Column.named("purchase_order_order_id").type(SqlType.BIGINT))
            .column(Column.named("gift_tags").type(SqlType.varchar(255)).nullable())
            .unique(UniqueConstraint.named(
                "uk_purchase_order_gift_tags_purchase_order_order_id_gift_tags")
                .on("purchase_order_order_id", "gift_tags"))
            .foreignKey(ForeignKey.named("fk_purchase_order_gift_tags_purchase_order_order_id")
                .columns("purchase_order_order_id").references("purchase_order", "order_id"))
            .build());
  }
}
