package dev.schemata.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.jdbc.SchemaReader;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.ops.MigrationIndex;
import dev.schemata.runtime.ops.Operation;
import dev.schemata.runtime.ops.SchemaChange;
import dev.schemata.runtime.ops.VersionedMigration;
import dev.schemata.runtime.testing.Canonical;
import dev.schemata.runtime.testing.CountingDataSource;
import dev.schemata.runtime.testing.Engine;
import dev.schemata.runtime.testing.Reversible;
import dev.schemata.runtime.testing.Shop;
import dev.schemata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Migrator's verbs on each engine: the whole history up and down, failures and repair. */
class EngineMigratorTest {

  /**
   * Creates a table, adds a column, then makes the customers' names unique, which fails where
   * two customers share the default name.
   */
  static final class BrokenV4 extends Reversible {
    @Override
    public void upgrade(SchemaChange change) {
      change.createTable(Table.named("labels").column(Column.named("id").type(SqlType.INTEGER)));
      change.addColumn("customers", Column.named("vip").type(SqlType.BOOLEAN).nullable());
      change.createIndex("customers", Index.named("ix_customers_name").on("name").unique());
    }
  }

  /** What version 4 should have been. */
  static final class FixedV4 extends Reversible {
    @Override
    public void upgrade(SchemaChange change) {
      change.createTable(Table.named("labels").column(Column.named("id").type(SqlType.INTEGER)));
      change.addColumn("customers", Column.named("vip").type(SqlType.BOOLEAN).nullable());
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void migratesUpAndDownRunningExactlyTheStatementsOfTheScript(Engine engine)
      throws SQLException {
    try (TestDatabase database = engine.create()) {
      CountingDataSource counting = new CountingDataSource(database.dataSource());
      Migrator migrator = migrator(counting.dataSource(), Shop.upTo(3));

      assertThat(migrator.migrate().applied()).extracting(AppliedVersion::version)
          .containsExactly(1, 2, 3);
      assertThat(live(database)).isEqualTo(Canonical.of(model(Shop.upTo(3)), engine));
      assertThat(ddl(counting)).isEqualTo(statements(migrator.script(0, 3, engine.dialect())));
      assertThat(migrator.migrate().applied()).isEmpty();

      counting.reset();
      assertThat(migrator.downgradeTo(1).reverted()).extracting(AppliedVersion::version)
          .containsExactly(3, 2);
      assertThat(ddl(counting)).isEqualTo(statements(migrator.script(3, 1, engine.dialect())));
      assertThat(live(database)).isEqualTo(Canonical.of(model(Shop.upTo(1)), engine));

      migrator.downgradeTo(0);
      assertThat(live(database).tables()).isEmpty();
      assertThat(history(database)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aVersionFailingAtItsThirdStatementLeavesNothingBehind(Engine engine) throws SQLException {
    try (TestDatabase database = engine.create()) {
      migrator(database.dataSource(), Shop.upTo(3)).migrate();
      addTwoAnonymousCustomers(database);
      Schema before = live(database);

      assertThatThrownBy(() -> migrator(database.dataSource(), withV4(new BrokenV4())).migrate())
          .isInstanceOfSatisfying(SchemataException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_FAILED))
          .hasMessageContaining("Upgrade of version 4 (four) failed at statement:\n  "
              + new BrokenV4Operations().third(engine.dialect()))
          .hasMessageContaining("still at version 3");
      assertThat(live(database)).isEqualTo(before);
      assertThat(history(database)).containsExactly("1 true", "2 true", "3 true");
    }
  }

  @ParameterizedTest
  @EnumSource(value = Engine.class, names = {"H2", "MARIADB"})
  void anUndoThatFailsStopsMigrationsUntilRepaired(Engine engine) throws SQLException {
    try (TestDatabase database = engine.create()) {
      CountingDataSource counting = new CountingDataSource(database.dataSource());
      migrator(counting.dataSource(), Shop.upTo(3)).migrate();
      addTwoAnonymousCustomers(database);
      counting.failWhen(sql -> sql.equals("drop table labels"));

      assertThatThrownBy(() -> migrator(counting.dataSource(), withV4(new BrokenV4())).migrate())
          .isInstanceOfSatisfying(SchemataException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.UNDO_FAILED))
          .hasMessageContaining("still in effect:\n  create table labels")
          .hasMessageContaining("undo these operations by hand")
          .hasMessageContaining("Migrator.repair()");
      counting.failWhen(sql -> false);
      Migrator fixed = migrator(counting.dataSource(), withV4(new FixedV4()));
      assertThatThrownBy(fixed::migrate)
          .isInstanceOfSatisfying(SchemataException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.FAILED_VERSION))
          .hasMessageContaining("Version 4 is recorded as failed")
          .hasMessageContaining("Migrator.repair()");

      try (Connection connection = database.connect();
          Statement statement = connection.createStatement()) {
        statement.execute("drop table labels");
      }
      assertThat(fixed.repair().removed()).containsExactly(4);
      assertThat(fixed.repair().removed()).isEmpty();
      assertThat(fixed.migrate().applied()).extracting(AppliedVersion::version)
          .containsExactly(4);
      assertThat(history(database)).containsExactly("1 true", "2 true", "3 true", "4 true");
    }
  }

  @ParameterizedTest
  @EnumSource(value = Engine.class, names = {"POSTGRESQL", "MARIADB"})
  void theDialectIsDetectedFromTheConnection(Engine engine) throws SQLException {
    try (TestDatabase database = engine.create();
        Connection connection = database.connect()) {
      assertThat(dev.schemata.runtime.jdbc.DialectDetector.detect(connection))
          .contains(engine.dialect());
    }
  }

  /** The operations of the broken version, to name its third statement per dialect. */
  private static final class BrokenV4Operations {
    String third(Dialect dialect) {
      SchemaChange change = new SchemaChange();
      new BrokenV4().upgrade(change);
      Schema schema = model(Shop.upTo(3));
      for (Operation operation : change.operations().subList(0, 2)) {
        schema = operation.applyTo(schema);
      }
      return dialect.render(change.operations().get(2), schema).get(0);
    }
  }

  /** Two rows that {@link BrokenV4} cannot make unique. */
  private static void addTwoAnonymousCustomers(TestDatabase database) throws SQLException {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      statement.execute("insert into customers (email) values ('ada@example.com'),"
          + " ('bob@example.com')");
    }
  }

  private static MigrationIndex withV4(Reversible v4) {
    List<VersionedMigration> all = new ArrayList<>(Shop.upTo(3).migrations());
    all.add(Shop.versioned(4, "four", v4));
    return () -> all;
  }

  private static Migrator migrator(DataSource dataSource, MigrationIndex index) {
    return Migrator.configure().dataSource(dataSource).migrations(index).load();
  }

  private static Schema model(MigrationIndex index) {
    Schema schema = Schema.EMPTY;
    for (VersionedMigration migration : index.migrations()) {
      for (Operation operation : migration.upgradeOperations()) {
        schema = operation.applyTo(schema);
      }
    }
    return schema;
  }

  private static Schema live(TestDatabase database) throws SQLException {
    try (Connection connection = database.connect()) {
      return Canonical.of(SchemaReader.read(connection, database.dialect()), database.engine());
    }
  }

  /** The schema-changing statements the migrator ran, leaving out its own tables. */
  private static List<String> ddl(CountingDataSource counting) {
    return counting.executed().stream()
        .filter(sql -> sql.matches("(?s)(create|alter|drop) .*|select setval\\(.*")
            && !sql.contains("schemata_"))
        .toList();
  }

  private static List<String> statements(String script) {
    return Arrays.stream(script.split(";\n")).filter(s -> !s.isBlank()).toList();
  }

  private static List<String> history(TestDatabase database) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(
            "select version, success from schemata_history order by version")) {
      while (result.next()) {
        rows.add(result.getInt(1) + " " + result.getBoolean(2));
      }
    }
    return rows;
  }
}
