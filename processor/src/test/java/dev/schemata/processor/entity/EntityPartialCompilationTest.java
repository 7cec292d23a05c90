package dev.schemata.processor.entity;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.schemata.processor.entity.EntityCapture.entity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.model.UniqueConstraint;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entities loaded from class files read the same as entities compiled in the round. */
class EntityPartialCompilationTest {
  private static final JavaFileObject BASE = entity("Base",
      "@MappedSuperclass public abstract class Base {",
      "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) protected Long id;",
      "  @Column(nullable = false) protected Instant createdAt;",
      "}");
  private static final JavaFileObject STATUS = entity("Status",
      "public enum Status { ACTIVE, CLOSED }");
  private static final JavaFileObject CUSTOMER = entity("Customer",
      "@Entity(name = \"customers\")",
      "@Table(indexes = @Index(columnList = \"name, status DESC\", unique = true),",
      "    uniqueConstraints = @UniqueConstraint(name = \"uk_customer_contact\",",
      "        columnNames = {\"name\", \"email\"}))",
      "public class Customer extends Base {",
      "  @Column(length = 80) private String name;",
      "  @Column(unique = true) private String email;",
      "  @Enumerated(EnumType.STRING) private Status status;",
      "  private BigDecimal balance;",
      "  @Column(precision = 12, scale = 0) private BigDecimal credit;",
      "  private boolean vip;",
      "  @Transient private String display;",
      "  private transient int hash;",
      "  @OneToMany(mappedBy = \"customer\") private List<Order> orders;",
      "}");
  private static final JavaFileObject ORDER = entity("Order",
      "@Entity @Table(name = \"orders\")",
      "public class Order extends Base {",
      "  @ManyToOne(optional = false) private Customer customer;",
      "  private int quantity;",
      "}");

  @TempDir
  Path classes;

  @Test
  void readsAnEntityFromItsClassFileAsFromItsSource() {
    compileToClasses(BASE, STATUS, CUSTOMER, ORDER);

    EntityCapture.Result partial = EntityCapture.compile(List.of("test.Customer"),
        List.of(classes.toFile()), ORDER);
    EntityCapture.Result whole = EntityCapture.compile(BASE, STATUS, CUSTOMER, ORDER);

    assertThat(partial.compilation()).succeededWithoutWarnings();
    assertThat(partial.model().schema().table("customers")).hasValue(Table.named("customers")
        .column(Column.named("id").type(SqlType.BIGINT).identity())
        .column(Column.named("createdAt").type(SqlType.timestampWithTimeZone(6)))
        .column(Column.named("name").type(SqlType.varchar(80)).nullable())
        .column(Column.named("email").type(SqlType.varchar(255)).nullable())
        .column(Column.named("status").type(SqlType.varchar(255)).nullable()
            .values("ACTIVE", "CLOSED"))
        .column(Column.named("balance").type(SqlType.decimal(38, 2)).nullable())
        .column(Column.named("credit").type(SqlType.decimal(12, 0)).nullable())
        .column(Column.named("vip").type(SqlType.BOOLEAN))
        .primaryKey("id")
        .index(Index.named("ix_customers_name_status").on("name", "status").unique())
        .unique(UniqueConstraint.named("uk_customer_contact").on("name", "email"))
        .unique(UniqueConstraint.named("uk_customers_email").on("email"))
        .build());
    assertThat(partial.model().schema()).isEqualTo(whole.model().schema());
    assertThat(partial.model().tableByEntity()).isEqualTo(whole.model().tableByEntity());
    assertThat(partial.model().sources().column("customers", "createdAt"))
        .map(e -> e.getEnclosingElement().getSimpleName().toString()).hasValue("Base");
  }

  @Test
  void readsTheTargetOfARelationFromItsClassFile() {
    compileToClasses(BASE, STATUS, CUSTOMER, ORDER);

    EntityCapture.Result result = EntityCapture.compile(List.of(), List.of(classes.toFile()),
        entity("Invoice", "@Entity public class Invoice {",
            "  @Id private UUID id;",
            "  @ManyToOne @JoinColumn(name = \"buyer\") private Customer customer;",
            "}"));

    assertThat(result.model().schema().tables().values()).containsExactly(Table.named("Invoice")
        .column(Column.named("id").type(SqlType.UUID))
        .column(Column.named("buyer").type(SqlType.BIGINT).nullable())
        .primaryKey("id")
        .foreignKey(ForeignKey.named("fk_invoice_buyer").columns("buyer")
            .references("customers", "id"))
        .build());
  }

  @Test
  void reportsAProblemOfAnEntityFromItsClassFile() {
    compileToClasses(entity("Legacy", "@Entity public class Legacy {",
        "  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) private String id;",
        "}"));

    EntityCapture.Result result = EntityCapture.compile(List.of("test.Legacy"),
        List.of(classes.toFile()), EntityCapture.GOOD);

    assertThat(result.compilation()).hadErrorCount(1);
    assertThat(result.compilation().errors().get(0).getMessage(Locale.ROOT)).isEqualTo(
        "[SCH105] @GeneratedValue(strategy = SEQUENCE) on field id of type java.lang.String: "
            + "Hibernate ORM generates values of that type only with GenerationType.UUID; use a "
            + "long, int or short id (a UUID with GenerationType.AUTO or UUID)");
    assertThat(result.model().tableByEntity()).containsOnlyKeys("test.Good");
  }

  /** Compiles with plain javac into {@link #classes}, as an earlier build would have. */
  private void compileToClasses(JavaFileObject... sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Writer output = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      boolean compiled = javac.getTask(output, files, null, List.of("-d", classes.toString(),
          "-proc:none", "-classpath", EntityCapture.jpaJar().getPath()), null,
          List.of(sources)).call();
      assertThat(compiled).as("javac: %s", output).isTrue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(new File(classes.toFile(), "test")).isDirectory();
    assertThat(Files.exists(classes.resolve("test").resolve(className(sources[0])))).isTrue();
  }

  private static String className(JavaFileObject source) {
    String name = source.getName();
    return name.substring(name.lastIndexOf('/') + 1).replace(".java", ".class");
  }
}
