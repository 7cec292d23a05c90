package dev.schemata.runtime;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.jdbc.DatabaseLock;
import dev.schemata.runtime.jdbc.ExecutionResult;
import dev.schemata.runtime.jdbc.HistoryEntry;
import dev.schemata.runtime.jdbc.HistoryTable;
import dev.schemata.runtime.jdbc.VersionExecutor;
import dev.schemata.runtime.ops.VersionedMigration;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@link Migrator#baseline(int, boolean)}: records the versions up to one as applied on a database
 * that already has their schema, after checking that it does.
 */
final class Baseline {
  /** Marks baseline rows in the history, in the bracketed style of failed versions. */
  static final String MARK = " [baseline]";

  private final Database database;
  private final Migrations migrations;

  Baseline(Database database, Migrations migrations) {
    this.database = database;
    this.migrations = migrations;
  }

  BaselineResult run(int version, boolean force) {
    if (!migrations.contains(version)) {
      throw Errors.unknownVersion(version, migrations.head());
    }
    try (Connection connection = database.connect()) {
      Dialect dialect = database.dialect(connection);
      boolean autoCommit = connection.getAutoCommit();
      try (DatabaseLock lock = database.lock(dialect)) {
        connection.setAutoCommit(true);
        HistoryTable.create(connection, dialect);
        List<HistoryEntry> history = HistoryTable.read(connection).orElseThrow();
        if (!history.isEmpty()) {
          throw notEmpty(history);
        }
        List<SchemaDifference> differences = SchemaComparison.against(connection, dialect,
            migrations.schemaAt(version));
        if (!differences.isEmpty() && !force) {
          throw mismatch(version, differences);
        }
        return new BaselineResult(version, record(connection, dialect, version), differences);
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw Errors.database("recording the baseline", e);
    }
  }

  // Every version up to the baseline gets its row, so the history has no gap and later
  // downgrades know what they undo.
  private List<Integer> record(Connection connection, Dialect dialect, int version)
      throws SQLException {
    VersionExecutor executor = new VersionExecutor(connection, dialect,
        Database.user(connection));
    List<Integer> recorded = new ArrayList<>();
    for (VersionedMigration migration : migrations.between(0, version)) {
      ExecutionResult result = executor.upgrade(migration.version(),
          migration.description() + MARK, migration.checksum(), List.of(),
          migrations.schemaAt(migrations.before(migration.version())));
      Outcomes.applied("baseline", migration, result, recorded.isEmpty() ? 0
          : recorded.get(recorded.size() - 1));
      recorded.add(migration.version());
    }
    return recorded;
  }

  private static SchemataException notEmpty(List<HistoryEntry> history) {
    return new SchemataException(ErrorCode.HISTORY_NOT_EMPTY, "The database already has "
        + history.size() + " version" + (history.size() == 1 ? "" : "s") + " in "
        + HistoryTable.NAME + " (up to version " + history.get(history.size() - 1).version()
        + "): a baseline is only for a database that Schemata has not managed yet. Use"
        + " migrate to go on from there.");
  }

  private static SchemataException mismatch(int version, List<SchemaDifference> differences) {
    return new SchemataException(ErrorCode.SCHEMA_MISMATCH, "The live schema is not the schema"
        + " of version " + version + "; it differs in " + differences.size() + " place"
        + (differences.size() == 1 ? "" : "s") + ":\n  " + differences.stream()
            .map(SchemaDifference::toString).collect(Collectors.joining("\n  "))
        + "\nNothing was recorded. Change the database to match, baseline at the version it"
        + " does match, or record the baseline anyway with force.");
  }
}
