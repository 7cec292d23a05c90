package dev.schemata.runtime;

import dev.schemata.runtime.jdbc.ExecutionResult;
import dev.schemata.runtime.jdbc.HistoryEntry;
import dev.schemata.runtime.jdbc.HistoryTable;
import dev.schemata.runtime.ops.OperationText;
import dev.schemata.runtime.ops.VersionedMigration;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** The wording of every error: what is wrong, applied against expected, and how to fix it. */
final class Errors {
  private Errors() {}

  static SchemataException stale(VersionedMigration migration, String problem) {
    return new SchemataException(ErrorCode.STALE_MIGRATION, "The generated class for version "
        + migration.version() + " (" + migration.migration().getClass().getName()
        + ") is stale: " + problem + ". Rebuild the project so the processor regenerates it"
        + " (a clean build if an incremental one keeps the old class).");
  }

  static SchemataException checksumMismatch(List<HistoryEntry> applied,
      List<VersionedMigration> code) {
    StringBuilder message = new StringBuilder(applied.size() == 1 ? "A version changed"
        : "Versions changed").append(" after being applied to this database:");
    for (int i = 0; i < applied.size(); i++) {
      message.append("\n  version ").append(applied.get(i).version()).append(" (")
          .append(code.get(i).description()).append("): applied checksum ")
          .append(applied.get(i).checksum()).append(", code checksum ")
          .append(code.get(i).checksum());
    }
    message.append("\nA version that reached a database must not change. Restore its version file"
        + " and entities as they were and rebuild, then put the change in a new version. If the"
        + " database really holds the new definition, record that with:");
    for (int i = 0; i < applied.size(); i++) {
      message.append("\n  UPDATE ").append(HistoryTable.NAME).append(" SET checksum = '")
          .append(code.get(i).checksum()).append("' WHERE version = ")
          .append(applied.get(i).version()).append(';');
    }
    return new SchemataException(ErrorCode.CHECKSUM_MISMATCH, message.toString());
  }

  static SchemataException failedVersion(HistoryEntry entry, int previous) {
    int version = entry.version();
    return new SchemataException(ErrorCode.FAILED_VERSION, "Version " + version
        + " is recorded as failed in " + HistoryTable.NAME + ": a statement failed and undoing"
        + " it failed too, so part of it is still in the database. Recorded: "
        + entry.description() + ". Schemata will not migrate until this is repaired: bring the"
        + " schema back to what it was without version " + version + " (version " + previous
        + ") by hand, or restore a backup, then call Migrator.repair() (or run DELETE FROM "
        + HistoryTable.NAME + " WHERE version = " + version + ") and migrate again.");
  }

  static SchemataException databaseAhead(List<HistoryEntry> unknown, int head) {
    String versions = unknown.stream().map(e -> e.version() + " (" + e.description() + ")")
        .collect(Collectors.joining(", "));
    return new SchemataException(ErrorCode.DATABASE_AHEAD, "The database has version"
        + (unknown.size() == 1 ? " " : "s ") + versions + " applied, which this application's"
        + " migrations (up to version " + head + ") do not know: the database is ahead of the"
        + " code. Run a build that has these versions, or downgrade the database with one.");
  }

  static SchemataException missingVersion(int version, int current) {
    return new SchemataException(ErrorCode.MISSING_VERSION, "Version " + version
        + " is not in " + HistoryTable.NAME + " although version " + current + " is: the history"
        + " has a gap. If the schema holds version " + version + ", restore its history row;"
        + " otherwise downgrade to version " + (version - 1) + " and migrate again.");
  }

  static SchemataException unknownVersion(int version, int head) {
    return new SchemataException(ErrorCode.UNKNOWN_VERSION, "There is no version " + version
        + ": this application's migrations run from 1 to " + head + " (0 is the empty schema).");
  }

  static SchemataException migrationFailed(String verb, VersionedMigration migration,
      ExecutionResult.Undone undone, int current) {
    return new SchemataException(ErrorCode.MIGRATION_FAILED, capitalised(verb) + " of version "
        + migration.version() + " (" + migration.description() + ") failed at statement:\n  "
        + undone.failedStatement() + "\nThe database said: " + message(undone.cause())
        + "\nNothing of the version was kept: the statements before it were undone, the"
        + " database is still at version " + current + " and its history is unchanged. Fix the"
        + " cause (the data, or the entities and a new build) and try again.", undone.cause());
  }

  static SchemataException undoFailed(String verb, VersionedMigration migration,
      ExecutionResult.Incomplete incomplete) {
    String left = incomplete.leftApplied().stream().map(OperationText::of)
        .collect(Collectors.joining("\n  "));
    return new SchemataException(ErrorCode.UNDO_FAILED, capitalised(verb) + " of version "
        + migration.version() + " (" + migration.description() + ") failed at statement:\n  "
        + incomplete.failedStatement() + "\nThe database said: " + message(incomplete.cause())
        + "\nUndoing it failed too, at statement:\n  " + incomplete.failedUndoStatement()
        + "\nThe database said: " + message(incomplete.undoCause())
        + "\nThese operations of the version are still in effect:\n  " + left
        + "\nThe version is recorded as failed in " + HistoryTable.NAME + " and migrations stop"
        + " until it is repaired: " + (verb.equals("upgrade") ? "undo these operations"
            : "run the rest of the version's downgrade") + " by hand, so that the schema is as it"
        + " was without version "
        + migration.version() + ", then call Migrator.repair() (or run DELETE FROM "
        + HistoryTable.NAME + " WHERE version = " + migration.version() + ").",
        incomplete.cause());
  }

  static SchemataException lockTimeout(Duration timeout) {
    return new SchemataException(ErrorCode.LOCK_TIMEOUT, "Could not take the schema lock within "
        + timeout.toMillis() + " ms: another process is changing the schema, or one of its"
        + " sessions is stuck. Wait for it to finish, or raise the timeout with"
        + " Migrator.configure().lockTimeout(...). The lock belongs to a database session and"
        + " ends with it, so ending a stuck session frees it.");
  }

  static SchemataException database(String doing, SQLException e) {
    return new SchemataException(ErrorCode.DATABASE_ERROR, "The database failed while " + doing
        + ": " + message(e) + " (SQL state " + e.getSQLState() + "). Check the data source,"
        + " the database user's rights and the database's state, then try again.", e);
  }

  static SchemataException configuration(String message) {
    return new SchemataException(ErrorCode.INVALID_CONFIGURATION, message);
  }

  /** The first line of a driver's message, without H2's dangling "; SQL statement:". */
  private static String message(SQLException e) {
    String text = String.valueOf(e.getMessage()).strip();
    int line = text.indexOf('\n');
    text = line < 0 ? text : text.substring(0, line);
    String dangling = "; SQL statement:";
    return text.endsWith(dangling) ? text.substring(0, text.length() - dangling.length()) : text;
  }

  private static String capitalised(String verb) {
    return Character.toUpperCase(verb.charAt(0)) + verb.substring(1);
  }
}
