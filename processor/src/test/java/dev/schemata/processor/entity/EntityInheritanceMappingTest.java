package dev.schemata.processor.entity;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.schemata.processor.entity.EntityCapture.entity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Generic mapped superclasses and the three inheritance strategies. */
class EntityInheritanceMappingTest {
  private static final JavaFileObject KEYED = entity("Keyed",
      "@MappedSuperclass public abstract class Keyed<K> {",
      "  @Id protected K id;",
      "  @Version protected long version;",
      "}");

  @Test
  void resolvesTheTypeVariablesOfAGenericMappedSuperclass() {
    JavaFileObject tag = entity("Tag",
        "@Entity public class Tag extends Keyed<UUID> { private String label; }");

    Schema schema = EntityCapture.compile(KEYED, tag).model().schema();

    assertThat(schema.table("Tag")).hasValue(Table.named("Tag")
        .column(Column.named("id").type(SqlType.UUID))
        .column(Column.named("version").type(SqlType.BIGINT))
        .column(Column.named("label").type(SqlType.varchar(255)).nullable())
        .primaryKey("id").build());
  }

  @Test
  void foldsSingleTableSubclassesIntoTheRootTable() {
    JavaFileObject payment = entity("Payment",
        "@Entity public abstract class Payment extends Keyed<Long> {",
        "  @Column(nullable = false) private BigDecimal amount;",
        "}");
    JavaFileObject card = entity("Card",
        "@Entity @DiscriminatorValue(\"C\")",
        "public class Card extends Payment { @Column(nullable = false) private String number; }");
    JavaFileObject transfer = entity("Transfer",
        "@Entity public class Transfer extends Payment { private int days; }");

    EntityCapture.Result result = EntityCapture.compile(KEYED, payment, card, transfer);

    assertThat(result.compilation()).succeededWithoutWarnings();
    assertThat(result.model().schema().tables().values()).containsExactly(Table.named("Payment")
        .column(Column.named("id").type(SqlType.BIGINT))
        .column(Column.named("version").type(SqlType.BIGINT))
        .column(Column.named("amount").type(SqlType.decimal(38, 2)))
        .column(Column.named("DTYPE").type(SqlType.varchar(31)))
        .column(Column.named("number").type(SqlType.varchar(255)).nullable())
        .column(Column.named("days").type(SqlType.INTEGER).nullable())
        .primaryKey("id").build());
    assertThat(result.model().tableByEntity()).containsExactly(entry("test.Card", "Payment"),
        entry("test.Payment", "Payment"), entry("test.Transfer", "Payment"));
  }

  @Test
  void joinsSubclassTablesToTheParentTable() {
    JavaFileObject vehicle = entity("Vehicle",
        "@Entity @Inheritance(strategy = InheritanceType.JOINED)",
        "@DiscriminatorColumn(name = \"kind\", discriminatorType = DiscriminatorType.CHAR)",
        "public class Vehicle { @Id private long id; private String maker; }");
    JavaFileObject car = entity("Car",
        "@Entity public class Car extends Vehicle { private int doors; }");
    JavaFileObject truck = entity("Truck",
        "@Entity @PrimaryKeyJoinColumn(name = \"vehicle\",",
        "    foreignKey = @ForeignKey(name = \"fk_truck_vehicle\"))",
        "public class Truck extends Vehicle { private double load; }");

    Schema schema = EntityCapture.compile(vehicle, car, truck).model().schema();

    assertThat(schema.tables().values()).containsExactly(
        Table.named("Car")
            .column(Column.named("id").type(SqlType.BIGINT))
            .column(Column.named("doors").type(SqlType.INTEGER))
            .primaryKey("id")
            .foreignKey(ForeignKey.named("fk_car_id").columns("id").references("Vehicle", "id"))
            .build(),
        Table.named("Truck")
            .column(Column.named("vehicle").type(SqlType.BIGINT))
            .column(Column.named("load").type(SqlType.DOUBLE))
            .primaryKey("vehicle")
            .foreignKey(ForeignKey.named("fk_truck_vehicle").columns("vehicle")
                .references("Vehicle", "id"))
            .build(),
        Table.named("Vehicle")
            .column(Column.named("id").type(SqlType.BIGINT))
            .column(Column.named("maker").type(SqlType.varchar(255)).nullable())
            .column(Column.named("kind").type(SqlType.fixedChar(1)))
            .primaryKey("id").build());
  }

  @Test
  void repeatsInheritedColumnsInEachTablePerClass() {
    JavaFileObject shape = entity("Shape",
        "@Entity @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)",
        "public abstract class Shape { @Id private long id; private String color; }");
    JavaFileObject circle = entity("Circle",
        "@Entity public class Circle extends Shape { private double radius; }");

    Schema schema = EntityCapture.compile(shape, circle).model().schema();

    assertThat(schema.tables().values()).containsExactly(Table.named("Circle")
        .column(Column.named("id").type(SqlType.BIGINT))
        .column(Column.named("color").type(SqlType.varchar(255)).nullable())
        .column(Column.named("radius").type(SqlType.DOUBLE))
        .primaryKey("id").build());
  }
}
