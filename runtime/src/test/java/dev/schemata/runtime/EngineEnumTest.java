package dev.schemata.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.ops.SchemaChange;
import dev.schemata.runtime.testing.Engine;
import dev.schemata.runtime.testing.Reversible;
import dev.schemata.runtime.testing.Shop;
import dev.schemata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Enum columns on each engine, with rows: the constants restrict the values, adding one works,
 * and removing one that rows still use fails the version and leaves rows and schema alone.
 */
class EngineEnumTest {

  /** An order whose status is held by name and whose channel by ordinal. */
  static final class V1 extends Reversible {
    @Override
    public void upgrade(SchemaChange change) {
      change.createTable(Table.named("orders")
          .column(Column.named("id").type(SqlType.INTEGER))
          .column(status("OPEN", "PAID", "CANCELLED"))
          .column(channel("WEB", "SHOP", "PHONE"))
          .primaryKey("id"));
    }
  }

  /** Adds a status and a channel. */
  static final class AddConstants extends Reversible {
    @Override
    public void upgrade(SchemaChange change) {
      change.alterColumn("orders", status("OPEN", "PAID", "CANCELLED"),
          status("OPEN", "PAID", "CANCELLED", "SHIPPED"));
      change.alterColumn("orders", channel("WEB", "SHOP", "PHONE"),
          channel("WEB", "SHOP", "PHONE", "APP"));
    }
  }

  /** Removes the status PAID, which a row still holds. */
  static final class RemoveUsedStatus extends Reversible {
    @Override
    public void upgrade(SchemaChange change) {
      change.alterColumn("orders", status("OPEN", "PAID", "CANCELLED", "SHIPPED"),
          status("OPEN", "CANCELLED", "SHIPPED"));
    }
  }

  /** Removes the last two channels, of which a row still holds the ordinal 2. */
  static final class RemoveUsedChannel extends Reversible {
    @Override
    public void upgrade(SchemaChange change) {
      change.alterColumn("orders", channel("WEB", "SHOP", "PHONE", "APP"),
          channel("WEB", "SHOP"));
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void constantsRestrictTheValuesAndValidateAgainstTheLiveSchema(Engine engine)
      throws SQLException {
    try (TestDatabase database = engine.create()) {
      Migrator migrator = migrator(database.dataSource(), List.of(new V1()));
      migrator.migrate();
      database.execute("insert into orders (id, status, channel) values (1, 'PAID', 2)");

      assertThat(migrator.validate().differences()).isEmpty();
      assertThatThrownBy(() -> database.execute(
          "insert into orders (id, status, channel) values (2, 'LOST', 0)"))
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> database.execute(
          "insert into orders (id, status, channel) values (3, 'OPEN', 3)"))
          .isInstanceOf(SQLException.class);

      Migrator added = migrator(database.dataSource(), List.of(new V1(), new AddConstants()));
      added.migrate();
      database.execute("insert into orders (id, status, channel) values (4, 'SHIPPED', 3)");
      assertThat(added.validate().differences()).isEmpty();
      assertThat(rows(database)).containsExactly("1 PAID 2", "4 SHIPPED 3");
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void removingAConstantThatRowsUseFailsTheVersionAndKeepsTheRows(Engine engine)
      throws SQLException {
    try (TestDatabase database = engine.create()) {
      migrator(database.dataSource(), List.of(new V1(), new AddConstants())).migrate();
      database.execute("insert into orders (id, status, channel) values (1, 'PAID', 2)");

      for (Reversible removal : List.of(new RemoveUsedStatus(), new RemoveUsedChannel())) {
        Migrator failing = migrator(database.dataSource(),
            List.of(new V1(), new AddConstants(), removal));
        assertThatThrownBy(failing::migrate)
            .isInstanceOfSatisfying(SchemataException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_FAILED))
            .hasMessageContaining("Upgrade of version 3")
            .hasMessageContaining("still at version 2");
        assertThat(rows(database)).containsExactly("1 PAID 2");
        Migrator kept = migrator(database.dataSource(), List.of(new V1(), new AddConstants()));
        assertThat(kept.validate().differences()).isEmpty();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(value = Engine.class, names = {"H2", "MARIADB"})
  void validateReportsNativeEnumConstantsChangedByHand(Engine engine) throws SQLException {
    try (TestDatabase database = engine.create()) {
      Migrator migrator = migrator(database.dataSource(), List.of(new V1()));
      migrator.migrate();
      database.execute(engine == Engine.H2
          ? "alter table orders alter column status set data type enum ('OPEN','PAID')"
          : "alter table orders modify column status enum ('OPEN','PAID') not null");

      assertThat(migrator.validate().differences()).hasSize(1)
          .allSatisfy(d -> assertThat(d.toString()).containsIgnoringCase("status"));
    }
  }

  private static Column.Builder status(String... constants) {
    return Column.named("status").type(SqlType.varchar(16)).values(constants);
  }

  private static Column.Builder channel(String... constants) {
    return Column.named("channel").type(SqlType.TINYINT).nullable().values(constants);
  }

  private static Migrator migrator(DataSource dataSource, List<Reversible> versions) {
    return Migrator.configure().dataSource(dataSource).migrations(Shop.numbered(versions))
        .load();
  }

  private static List<String> rows(TestDatabase database) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(
            "select id, status, channel from orders order by id")) {
      while (result.next()) {
        rows.add(result.getInt(1) + " " + result.getString(2) + " " + result.getInt(3));
      }
    }
    return rows;
  }
}
