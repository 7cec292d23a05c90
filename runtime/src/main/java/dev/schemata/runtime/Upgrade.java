package dev.schemata.runtime;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.jdbc.DatabaseLock;
import dev.schemata.runtime.jdbc.ExecutionResult;
import dev.schemata.runtime.jdbc.HistoryEntry;
import dev.schemata.runtime.jdbc.HistoryTable;
import dev.schemata.runtime.jdbc.VersionExecutor;
import dev.schemata.runtime.ops.VersionedMigration;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link Migrator#migrate()} and {@link Migrator#migrateTo(int)}: brings the database up to the
 * code's head version, or to a given one.
 */
final class Upgrade {
  private static final System.Logger LOG = System.getLogger("dev.schemata.runtime");

  private final Database database;
  private final Migrations migrations;

  Upgrade(Database database, Migrations migrations) {
    this.database = database;
    this.migrations = migrations;
  }

  MigrateResult run() {
    return run(migrations.head());
  }

  MigrateResult run(int target) {
    if (target < 0 || (target > 0 && !migrations.contains(target))) {
      throw Errors.unknownVersion(target, migrations.head());
    }
    try (Connection connection = database.connect()) {
      // The common start: nothing to do, known from one query and without the lock.
      Optional<List<HistoryEntry>> history = HistoryTable.read(connection);
      if (target == migrations.head() && history.isPresent()
          && migrations.matches(history.get())) {
        if (!connection.getAutoCommit()) {
          connection.rollback();
        }
        LOG.log(Level.DEBUG, "schema is up to date at version {0}", migrations.head());
        return new MigrateResult(migrations.head(), migrations.head(), List.of());
      }
      return underLock(connection, target);
    } catch (SQLException e) {
      throw Errors.database("migrating", e);
    }
  }

  private MigrateResult underLock(Connection connection, int target) throws SQLException {
    Dialect dialect = database.dialect(connection);
    boolean autoCommit = connection.getAutoCommit();
    try (DatabaseLock lock = database.lock(dialect)) {
      connection.setAutoCommit(true);
      HistoryTable.create(connection, dialect);
      // Another process may have migrated while this one waited for the lock.
      List<HistoryEntry> history = HistoryTable.read(connection).orElseThrow();
      int initial = HistoryCheck.currentVersion(history, migrations);
      if (target < initial) {
        throw new SchemataException(ErrorCode.INVALID_TARGET, "Cannot migrate to version "
            + target + ": the database is at version " + initial + ". Use downgradeTo("
            + target + ") to go down.");
      }
      List<VersionedMigration> pending = migrations.between(initial, target);
      if (!pending.isEmpty()) {
        // Verifies and folds every version up to the target before any statement runs, so a
        // stale version, or one whose operations do not apply, is reported before the database
        // changes.
        migrations.schemaAt(target);
        LOG.log(Level.INFO, "migrating schema from version {0} to {1}", initial, target);
      }
      VersionExecutor executor = new VersionExecutor(connection, dialect,
          Database.user(connection));
      List<AppliedVersion> applied = new ArrayList<>();
      int current = initial;
      for (VersionedMigration migration : pending) {
        ExecutionResult result = executor.upgrade(migration.version(), migration.description(),
            migration.checksum(), migration.upgradeOperations(), migrations.schemaAt(current));
        applied.add(Outcomes.applied("upgrade", migration, result, current));
        current = migration.version();
      }
      return new MigrateResult(initial, current, applied);
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }
}
