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
import java.util.Collections;
import java.util.List;

/** {@link Migrator#downgradeTo(int)}: runs the downgrades of later versions, newest first. */
final class Downgrade {
  private static final System.Logger LOG = System.getLogger("dev.schemata.runtime");

  private final Database database;
  private final Migrations migrations;

  Downgrade(Database database, Migrations migrations) {
    this.database = database;
    this.migrations = migrations;
  }

  DowngradeResult run(int target) {
    if (target < 0 || (target > 0 && !migrations.contains(target))) {
      throw Errors.unknownVersion(target, migrations.head());
    }
    try (Connection connection = database.connect()) {
      Dialect dialect = database.dialect(connection);
      boolean autoCommit = connection.getAutoCommit();
      try (DatabaseLock lock = database.lock(dialect)) {
        connection.setAutoCommit(true);
        HistoryTable.create(connection, dialect);
        List<HistoryEntry> history = HistoryTable.read(connection).orElseThrow();
        int initial = HistoryCheck.currentVersion(history, migrations);
        if (target > initial) {
          throw new SchemataException(ErrorCode.INVALID_TARGET, "Cannot downgrade to version "
              + target + ": the database is at version " + initial + ". Use migrate() to go up.");
        }
        return revert(connection, dialect, initial, target);
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw Errors.database("downgrading to version " + target, e);
    }
  }

  private DowngradeResult revert(Connection connection, Dialect dialect, int initial, int target)
      throws SQLException {
    List<VersionedMigration> later = new ArrayList<>(migrations.between(target, initial));
    Collections.reverse(later);
    if (!later.isEmpty()) {
      // Verifies and folds the versions up to the current one before any statement runs; see
      // Upgrade.
      migrations.schemaAt(initial);
      LOG.log(Level.INFO, "downgrading schema from version {0} to {1}", initial, target);
    }
    VersionExecutor executor = new VersionExecutor(connection, dialect,
        Database.user(connection));
    List<AppliedVersion> reverted = new ArrayList<>();
    int current = initial;
    for (VersionedMigration migration : later) {
      ExecutionResult result = executor.downgrade(migration.version(), migration.description(),
          migration.downgradeOperations(), migrations.schemaAt(migration.version()));
      reverted.add(Outcomes.applied("downgrade", migration, result, current));
      current = migrations.before(migration.version());
    }
    return new DowngradeResult(initial, target, reverted);
  }
}
