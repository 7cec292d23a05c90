package dev.schemata.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.diff.SchemaDiffer;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.ops.MigrationIndex;
import dev.schemata.runtime.ops.Operation;
import dev.schemata.runtime.ops.SchemaChange;
import dev.schemata.runtime.ops.VersionedMigration;
import dev.schemata.runtime.testing.Engine;
import dev.schemata.runtime.testing.Reversible;
import dev.schemata.runtime.testing.Shop;
import dev.schemata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Renames of enum columns and of their table on each engine, with rows: the check constraints of
 * the enum columns follow the new names, so that a later change of the constants replaces them,
 * and the database has the checks that a fresh database of the same version has.
 */
class EngineEnumRenameTest {

  /** An order whose status is held by name and whose channel by ordinal. */
  static final class V1 extends Reversible {
    @Override
    public void upgrade(SchemaChange change) {
      change.createTable(Table.named("orders")
          .column(Column.named("id").type(SqlType.INTEGER))
          .column(name("status", "OPEN", "PAID", "CANCELLED"))
          .column(ordinal("channel", "WEB", "SHOP", "PHONE"))
          .primaryKey("id"));
    }
  }

  /** Renames both enum columns. */
  static final class RenameColumns extends Reversible {
    @Override
    public void upgrade(SchemaChange change) {
      change.renameColumn("orders", "status", "state");
      change.renameColumn("orders", "channel", "via");
    }
  }

  /** Renames their table. */
  static final class RenameTable extends Reversible {
    @Override
    public void upgrade(SchemaChange change) {
      change.renameTable("orders", "purchases");
    }
  }

  /** Adds a state and removes one, and adds a channel. */
  static final class ChangeConstants extends Reversible {
    @Override
    public void upgrade(SchemaChange change) {
      change.alterColumn("purchases", name("state", "OPEN", "PAID", "CANCELLED"),
          name("state", "OPEN", "PAID", "SHIPPED"));
      change.alterColumn("purchases", ordinal("via", "WEB", "SHOP", "PHONE"),
          ordinal("via", "WEB", "SHOP", "PHONE", "APP"));
    }
  }

  private static final List<Reversible> VERSIONS = List.of(new V1(), new RenameColumns(),
      new RenameTable(), new ChangeConstants());

  /** The table and column names of each version, and the largest ordinal it allows. */
  private record Shape(String table, String status, String channel, int lastOrdinal) {}

  private static final List<Shape> SHAPES = List.of(
      new Shape("orders", "status", "channel", 2),
      new Shape("orders", "state", "via", 2),
      new Shape("purchases", "state", "via", 2),
      new Shape("purchases", "state", "via", 3));

  @ParameterizedTest
  @EnumSource(Engine.class)
  void checksFollowTheRenamesUpAndDownAndKeepTheRows(Engine engine) throws SQLException {
    try (TestDatabase database = engine.create()) {
      Migrator migrator = migrator(database.dataSource());
      migrator.migrateTo(1);
      database.execute("insert into orders (id, status, channel) values (1, 'PAID', 2),"
          + " (2, 'OPEN', 0)");
      assertMatchesAFreshDatabase(engine, database, 1);

      for (int version = 2; version <= 4; version++) {
        migrator.migrateTo(version);
        assertMatchesAFreshDatabase(engine, database, version);
        assertThat(rows(database, SHAPES.get(version - 1)))
            .containsExactly("1 PAID 2", "2 OPEN 0");
      }
      // The new constants pass the checks: none is left over under an old name.
      database.execute("insert into purchases (id, state, via) values (3, 'SHIPPED', 3)");
      database.execute("delete from purchases where id = 3");

      for (int version = 3; version >= 1; version--) {
        migrator.downgradeTo(version);
        assertMatchesAFreshDatabase(engine, database, version);
        assertThat(rows(database, SHAPES.get(version - 1)))
            .containsExactly("1 PAID 2", "2 OPEN 0");
      }
      migrator.downgradeTo(0);
      assertThat(checks(database)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aFailedVersionUndoesARenameWithItsCheck(Engine engine) throws SQLException {
    try (TestDatabase database = engine.create()) {
      migrator(database.dataSource()).migrateTo(1);
      database.execute("insert into orders (id, status, channel) values (1, 'OPEN', 2),"
          + " (2, 'OPEN', 0)");
      TreeSet<String> before = checks(database);
      List<VersionedMigration> failing = List.of(migrator(null).migrations().get(0),
          Shop.versioned(2, "rename, then index repeated states", new Reversible() {
            @Override
            public void upgrade(SchemaChange change) {
              new RenameColumns().upgrade(change);
              change.createIndex("orders", Index.named("ix_orders_state").on("state").unique());
            }
          }));

      assertThatThrownBy(() -> Migrator.configure().dataSource(database.dataSource())
          .migrations(() -> failing).load().migrate())
          .isInstanceOfSatisfying(SchemataException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_FAILED));
      assertThat(checks(database)).isEqualTo(before);
      assertThat(rows(database, SHAPES.get(0))).containsExactly("1 OPEN 2", "2 OPEN 0");
      migrator(database.dataSource()).migrateTo(2);
      assertMatchesAFreshDatabase(engine, database, 2);
    }
  }

  @Test
  void aScriptRenamesTheChecksOnPostgresAndH2() {
    assertThat(migrator(null).script(1, 3, Dialect.POSTGRESQL)).isEqualTo(
        "alter table orders rename column status to state;\n"
        + "alter table orders rename constraint orders_status_check to orders_state_check;\n"
        + "alter table orders rename column channel to via;\n"
        + "alter table orders rename constraint orders_channel_check to orders_via_check;\n"
        + "alter table orders rename to purchases;\n"
        + "alter table purchases rename constraint orders_state_check to purchases_state_check;\n"
        + "alter table purchases rename constraint orders_via_check to purchases_via_check;\n");
    // H2 holds names in a native enum type: only the ordinal column has a check.
    assertThat(migrator(null).script(3, 1, Dialect.H2)).isEqualTo(
        "alter table purchases rename to orders;\n"
        + "alter table orders rename constraint purchases_via_check to orders_via_check;\n"
        + "alter table orders alter column via rename to channel;\n"
        + "alter table orders rename constraint orders_via_check to orders_channel_check;\n"
        + "alter table orders alter column state rename to status;\n");
  }

  @Test
  void aScriptOnMySqlAndMariaDbReplacesTheChecksInTheRenameStatement() {
    assertThat(migrator(null).script(1, 3, Dialect.MYSQL)).isEqualTo(
        "alter table orders rename column status to state;\n"
        + "alter table orders drop check orders_channel_check, rename column channel to via,"
        + " add constraint orders_via_check check (via between 0 and 2);\n"
        + "alter table orders rename to purchases, drop check orders_via_check,"
        + " add constraint purchases_via_check check (via between 0 and 2);\n");
    assertThat(migrator(null).script(3, 1, Dialect.MARIADB)).isEqualTo(
        "alter table purchases rename to orders,"
        + " drop constraint if exists purchases_via_check,"
        + " add constraint orders_via_check check (via between 0 and 2);\n"
        + "alter table orders drop constraint if exists orders_via_check,"
        + " rename column via to channel,"
        + " add constraint orders_channel_check check (channel between 0 and 2);\n"
        + "alter table orders rename column state to status;\n");
  }

  /**
   * The database has the checks of a fresh database that has the same version's schema, created
   * at once rather than through the renames, and refuses a value outside the constants in either
   * enum column.
   */
  private static void assertMatchesAFreshDatabase(Engine engine, TestDatabase database,
      int version) throws SQLException {
    try (TestDatabase fresh = engine.create()) {
      Schema model = Schema.EMPTY;
      for (VersionedMigration migration : migrator(null).migrations().subList(0, version)) {
        for (Operation operation : migration.upgradeOperations()) {
          model = operation.applyTo(model);
        }
      }
      List<Operation> create = SchemaDiffer.diff(Schema.EMPTY, model);
      MigrationIndex atOnce = () -> List.of(Shop.versioned(1, "at once", new Reversible() {
        @Override
        public void upgrade(SchemaChange change) {
          create.forEach(change::apply);
        }
      }));
      Migrator.configure().dataSource(fresh.dataSource()).migrations(atOnce).load().migrate();
      assertThat(checks(database)).as("checks at version %d", version)
          .isNotEmpty().isEqualTo(checks(fresh));
    }
    Shape shape = SHAPES.get(version - 1);
    String insert = "insert into " + shape.table() + " (id, " + shape.status() + ", "
        + shape.channel() + ") values (9, ";
    assertThatThrownBy(() -> database.execute(insert + "'LOST', 0)"))
        .as("an unknown name at version %d", version).isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> database.execute(insert + "'OPEN', "
        + (shape.lastOrdinal() + 1) + ")"))
        .as("an ordinal past the last at version %d", version).isInstanceOf(SQLException.class);
  }

  /**
   * The check constraints of the database as {@code table.constraint}. PostgreSQL lists its NOT
   * NULL constraints as checks too, under names ending in {@code _not_null} that hold object ids.
   */
  private static TreeSet<String> checks(TestDatabase database) throws SQLException {
    TreeSet<String> checks = new TreeSet<>();
    try (Connection connection = database.connect();
        PreparedStatement query = connection.prepareStatement("select table_name,"
            + " constraint_name from information_schema.table_constraints"
            + " where constraint_type = 'CHECK' and table_schema = ?")) {
      query.setString(1, connection.getSchema() != null ? connection.getSchema()
          : connection.getCatalog());
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          String name = (rows.getString(1) + "." + rows.getString(2)).toLowerCase(Locale.ROOT);
          if (!name.endsWith("_not_null")) {
            checks.add(name);
          }
        }
      }
    }
    return checks;
  }

  private static Column.Builder name(String column, String... constants) {
    return Column.named(column).type(SqlType.varchar(16)).values(constants);
  }

  private static Column.Builder ordinal(String column, String... constants) {
    return Column.named(column).type(SqlType.TINYINT).nullable().values(constants);
  }

  private static Migrator migrator(DataSource dataSource) {
    List<VersionedMigration> all = new ArrayList<>();
    for (int i = 0; i < VERSIONS.size(); i++) {
      all.add(Shop.versioned(i + 1, "v" + (i + 1), VERSIONS.get(i)));
    }
    MigrationIndex index = () -> all;
    MigratorConfiguration configuration = Migrator.configure().migrations(index);
    return (dataSource == null ? configuration : configuration.dataSource(dataSource)).load();
  }

  private static List<String> rows(TestDatabase database, Shape shape) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("select id, " + shape.status() + ", "
            + shape.channel() + " from " + shape.table() + " order by id")) {
      while (result.next()) {
        rows.add(result.getInt(1) + " " + result.getString(2) + " " + result.getInt(3));
      }
    }
    return rows;
  }
}
