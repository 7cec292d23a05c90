package dev.schemata.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.jdbc.DatabaseLock;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.ops.Migration;
import dev.schemata.runtime.ops.MigrationIndex;
import dev.schemata.runtime.ops.SchemaChange;
import dev.schemata.runtime.ops.VersionedMigration;
import dev.schemata.runtime.testing.CountingDataSource;
import dev.schemata.runtime.testing.H2;
import dev.schemata.runtime.testing.MetadataSnapshot;
import dev.schemata.runtime.testing.Reversible;
import dev.schemata.runtime.testing.Shop;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class MigratorFailureTest {
  private final CountingDataSource counting = new CountingDataSource(H2.newDatabase());
  private final DataSource dataSource = counting.dataSource();

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

  @Test
  void aVersionWhoseThirdStatementFailsLeavesNothingBehind() throws SQLException {
    migrator(Shop.upTo(3)).migrate();
    addTwoAnonymousCustomers();
    String before = MetadataSnapshot.of(dataSource);

    assertThatThrownBy(() -> migrator(withV4()).migrate())
        .isInstanceOfSatisfying(SchemataException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_FAILED))
        .hasMessageContaining("Upgrade of version 4 (broken) failed at statement:\n"
            + "  create unique index ix_customers_name on customers (name)\n"
            + "The database said: Unique index or primary key violation")
        .hasMessageContaining("still at version 3");
    assertThat(MetadataSnapshot.of(dataSource)).isEqualTo(before);
    assertThat(historyVersions()).containsExactly(1, 2, 3);
  }

  @Test
  void anUndoThatFailsTooRecordsTheVersionAsFailedAndStopsLaterMigrations()
      throws SQLException {
    migrator(Shop.upTo(3)).migrate();
    addTwoAnonymousCustomers();
    counting.failWhen(sql -> sql.equals("drop table labels"));

    assertThatThrownBy(() -> migrator(withV4()).migrate())
        .isInstanceOfSatisfying(SchemataException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.UNDO_FAILED))
        .hasMessageContaining("Undoing it failed too, at statement:\n  drop table labels")
        .hasMessageContaining("still in effect:\n  create table labels (id INTEGER NOT NULL)");
    counting.failWhen(sql -> false);

    assertThat(migrator(withV4()).status().versions().get(3).state())
        .isEqualTo(VersionState.FAILED);
    assertThatThrownBy(() -> migrator(withV4()).migrate())
        .isInstanceOfSatisfying(SchemataException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.FAILED_VERSION))
        .hasMessageContaining("Version 4 is recorded as failed")
        .hasMessageContaining("left applied: create table labels")
        .hasMessageContaining("DELETE FROM schemata_history WHERE version = 4");
  }

  @Test
  void aChangedVersionStopsMigrateAndShowsBothChecksums() {
    migrator(Shop.upTo(2)).migrate();
    VersionedMigration changed = Shop.versioned(2, "audit and order changes", new Reversible() {
      @Override
      public void upgrade(SchemaChange change) {
        change.addColumn("orders", Column.named("note").type(SqlType.CLOB).nullable());
      }
    });
    VersionedMigration original = Shop.upTo(2).migrations().get(1);
    MigrationIndex index = Shop.of(Shop.upTo(1).migrations().get(0), changed);

    assertThatThrownBy(() -> migrator(index).migrate())
        .isInstanceOfSatisfying(SchemataException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.CHECKSUM_MISMATCH))
        .hasMessageContaining("version 2 (audit and order changes): applied checksum "
            + original.checksum() + ", code checksum " + changed.checksum())
        .hasMessageContaining("UPDATE schemata_history SET checksum = '" + changed.checksum()
            + "' WHERE version = 2;");
    assertThat(migrator(index).status().versions().get(1).state())
        .isEqualTo(VersionState.CHECKSUM_CHANGED);
    assertThatThrownBy(() -> migrator(index).validate())
        .hasMessageContaining("CHECKSUM_MISMATCH");
  }

  @Test
  void aStaleGeneratedClassIsRefusedBeforeAnythingRuns() {
    Migration v1 = new Shop.V1();
    MigrationIndex wrongChecksum = Shop.of(new VersionedMigration(1, "one", "0".repeat(64), v1));
    assertThatThrownBy(() -> migrator(wrongChecksum).migrate())
        .isInstanceOfSatisfying(SchemataException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_MIGRATION))
        .hasMessageContaining("version 1 (" + Shop.V1.class.getName() + ") is stale")
        .hasMessageContaining("Rebuild");

    Migration badDowngrade = new Migration() {
      @Override
      public void upgrade(SchemaChange change) {
        v1.upgrade(change);
      }

      @Override
      public void downgrade(SchemaChange change) {}
    };
    assertThatThrownBy(() -> migrator(Shop.of(Shop.versioned(1, "one", badDowngrade))).migrate())
        .hasMessageContaining("downgrade is not the inverse of its upgrade");
    assertThat(historyVersions()).isEmpty();
  }

  @Test
  void aVersionThatDoesNotApplyToTheVersionsBeforeItIsRefusedBeforeAnythingRuns()
      throws SQLException {
    migrator(Shop.upTo(3)).migrate();
    String before = MetadataSnapshot.of(dataSource);
    List<VersionedMigration> all = new ArrayList<>(Shop.upTo(3).migrations());
    all.add(Shop.versioned(4, "index a missing column", new Reversible() {
      @Override
      public void upgrade(SchemaChange change) {
        change.createTable(Table.named("labels").column(Column.named("id").type(SqlType.INTEGER)));
        change.createIndex("customers", Index.named("ix_customers_missing").on("missing"));
      }
    }));

    // Each operation is rendered against the schema before it, so the whole version must apply.
    assertThatThrownBy(() -> migrator(() -> all).migrate())
        .isInstanceOfSatisfying(SchemataException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.STALE_MIGRATION))
        .hasMessageContaining("version 4")
        .hasMessageContaining("does not apply to the schema of the versions before it")
        .hasMessageContaining("missing");
    assertThatThrownBy(() -> migrator(() -> all).script(3, 4, Dialect.H2))
        .hasMessageContaining("does not apply");
    assertThat(MetadataSnapshot.of(dataSource)).isEqualTo(before);
    assertThat(historyVersions()).containsExactly(1, 2, 3);
  }

  @Test
  void aDatabaseAheadOfTheCodeIsReported() {
    migrator(Shop.upTo(3)).migrate();
    Migrator older = migrator(Shop.upTo(2));

    assertThatThrownBy(older::migrate)
        .isInstanceOfSatisfying(SchemataException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.DATABASE_AHEAD))
        .hasMessageContaining("version 3 (quoted names)")
        .hasMessageContaining("up to version 2");
    assertThat(older.status().versions().get(2).state()).isEqualTo(VersionState.FUTURE);
  }

  @Test
  void downgradeToAnUnknownVersionSaysWhichExist() {
    Migrator migrator = migrator(Shop.upTo(3));
    migrator.migrate();
    assertThatThrownBy(() -> migrator.downgradeTo(7))
        .isInstanceOfSatisfying(SchemataException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_VERSION))
        .hasMessageContaining("no version 7")
        .hasMessageContaining("from 1 to 3");
    assertThatThrownBy(() -> migrator.script(0, 9, Dialect.H2))
        .hasMessageContaining("no version 9");
  }

  @Test
  void downgradeAboveTheCurrentVersionIsRefused() {
    Migrator migrator = migrator(Shop.upTo(3));
    migrator(Shop.upTo(1)).migrate();
    assertThatThrownBy(() -> migrator.downgradeTo(3))
        .isInstanceOfSatisfying(SchemataException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_TARGET));
  }

  @Test
  void aHeldLockTimesOut() throws SQLException {
    try (DatabaseLock held = DatabaseLock.acquire(dataSource, Dialect.H2, Duration.ofSeconds(5))
        .orElseThrow()) {
      Migrator migrator = Migrator.configure().dataSource(dataSource)
          .migrations(Shop.upTo(1)).lockTimeout(Duration.ofMillis(200)).load();
      assertThatThrownBy(migrator::migrate)
          .isInstanceOfSatisfying(SchemataException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK_TIMEOUT))
          .hasMessageContaining("within 200 ms");
    }
  }

  @Test
  void verbsThatNeedADatabaseSaySoWithoutOne() {
    Migrator offline = Migrator.configure().migrations(Shop.upTo(1)).load();
    assertThatThrownBy(offline::migrate)
        .isInstanceOfSatisfying(SchemataException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION))
        .hasMessageContaining("dataSource(...)");
  }

  /** Two rows that {@link BrokenV4} cannot make unique. */
  private void addTwoAnonymousCustomers() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("insert into customers (email) values ('ada@example.com'),"
          + " ('bob@example.com')");
    }
  }

  private MigrationIndex withV4() {
    List<VersionedMigration> all = new ArrayList<>(Shop.upTo(3).migrations());
    all.add(Shop.versioned(4, "broken", new BrokenV4()));
    return () -> all;
  }

  private Migrator migrator(MigrationIndex index) {
    return Migrator.configure().dataSource(dataSource).migrations(index).load();
  }

  private List<Integer> historyVersions() {
    List<Integer> versions = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "select version from schemata_history order by version")) {
      while (rows.next()) {
        versions.add(rows.getInt(1));
      }
    } catch (SQLException e) {
      // No history table yet: no versions.
    }
    return versions;
  }
}
