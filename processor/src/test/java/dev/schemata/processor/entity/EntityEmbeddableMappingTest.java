package dev.schemata.processor.entity;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.schemata.processor.entity.EntityCapture.entity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Embeddables, their overrides, and composite primary keys. */
class EntityEmbeddableMappingTest {
  private static final JavaFileObject GEO = entity("Geo",
      "@Embeddable public record Geo(double lat, double lon) {}");
  private static final JavaFileObject ADDRESS = entity("Address",
      "@Embeddable public class Address {",
      "  private String street;",
      "  @Column(length = 10) private String zip;",
      "  @Embedded private Geo geo;",
      "  @ManyToOne private Country country;",
      "}");
  private static final JavaFileObject COUNTRY = entity("Country",
      "@Entity public class Country { @Id private String code; }");

  @Test
  void embedsTheSameEmbeddableTwiceWithOverrides() {
    JavaFileObject customer = entity("Customer",
        "@Entity public class Customer {",
        "  @Id private long id;",
        "  @Embedded private Address home;",
        "  @Embedded",
        "  @AttributeOverride(name = \"street\", column = @Column(name = \"work_street\"))",
        "  @AttributeOverride(name = \"zip\", column = @Column(name = \"work_zip\", length = 12))",
        "  @AttributeOverride(name = \"geo.lat\", column = @Column(name = \"work_lat\"))",
        "  @AttributeOverride(name = \"geo.lon\", column = @Column(name = \"work_lon\"))",
        "  @AssociationOverride(name = \"country\",",
        "      joinColumns = @JoinColumn(name = \"work_country\"))",
        "  private Address work;",
        "}");

    EntityCapture.Result result = EntityCapture.compile(GEO, ADDRESS, COUNTRY, customer);

    assertThat(result.compilation()).succeededWithoutWarnings();
    assertThat(result.model().schema().table("Customer")).hasValue(Table.named("Customer")
        .column(Column.named("id").type(SqlType.BIGINT))
        .column(Column.named("street").type(SqlType.varchar(255)).nullable())
        .column(Column.named("zip").type(SqlType.varchar(10)).nullable())
        .column(Column.named("lat").type(SqlType.DOUBLE))
        .column(Column.named("lon").type(SqlType.DOUBLE))
        .column(Column.named("country_code").type(SqlType.varchar(255)).nullable())
        .column(Column.named("work_street").type(SqlType.varchar(255)).nullable())
        .column(Column.named("work_zip").type(SqlType.varchar(12)).nullable())
        .column(Column.named("work_lat").type(SqlType.DOUBLE))
        .column(Column.named("work_lon").type(SqlType.DOUBLE))
        .column(Column.named("work_country").type(SqlType.varchar(255)).nullable())
        .primaryKey("id")
        .foreignKey(ForeignKey.named("fk_customer_country_code").columns("country_code")
            .references("Country", "code"))
        .foreignKey(ForeignKey.named("fk_customer_work_country").columns("work_country")
            .references("Country", "code"))
        .build());
    assertThat(result.model().sources().column("Customer", "work_lat"))
        .hasValueSatisfying(e -> assertThat(e.getSimpleName().toString()).isEqualTo("work"));
  }

  @Test
  void aSecondUseWithoutOverridesClashes() {
    JavaFileObject money = entity("Money",
        "@Embeddable public record Money(BigDecimal amount) {}");
    JavaFileObject order = entity("Order",
        "@Entity public class Order {",
        "  @Id private long id;",
        "  private Money total;",
        "  private Money tax;",
        "}");

    EntityCapture.assertSingleError(EntityCapture.compile(money, order), "[SCH119] field "
        + "tax.amount maps to column amount of table Order, which field Order.total.amount maps "
        + "to already; give one of them another column name", order, "private Money tax;");
  }

  @Test
  void readsAnEmbeddedIdInHibernatesKeyOrder() {
    JavaFileObject key = entity("LineKey",
        "@Embeddable public class LineKey {",
        "  private long orderNo;",
        "  private int line;",
        "}");
    JavaFileObject line = entity("Line",
        "@Entity public class Line {",
        "  @EmbeddedId private LineKey key;",
        "  private int quantity;",
        "}");

    Schema schema = EntityCapture.compile(key, line).model().schema();

    // Hibernate orders the attributes of an embeddable by name, and so the key's columns.
    assertThat(schema.table("Line")).hasValue(Table.named("Line")
        .column(Column.named("orderNo").type(SqlType.BIGINT))
        .column(Column.named("line").type(SqlType.INTEGER))
        .column(Column.named("quantity").type(SqlType.INTEGER))
        .primaryKey("line", "orderNo").build());
  }

  @Test
  void readsAnIdClass() {
    JavaFileObject id = entity("EnrollmentId",
        "public record EnrollmentId(long student, String course) {}");
    JavaFileObject enrollment = entity("Enrollment",
        "@Entity @IdClass(EnrollmentId.class) public class Enrollment {",
        "  @Id private long student;",
        "  @Id @Column(length = 20) private String course;",
        "  private Integer grade;",
        "}");

    Schema schema = EntityCapture.compile(id, enrollment).model().schema();

    assertThat(schema.table("Enrollment")).hasValue(Table.named("Enrollment")
        .column(Column.named("student").type(SqlType.BIGINT))
        .column(Column.named("course").type(SqlType.varchar(20)))
        .column(Column.named("grade").type(SqlType.INTEGER).nullable())
        .primaryKey("course", "student").build());
  }
}
