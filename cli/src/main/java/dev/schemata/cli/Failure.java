package dev.schemata.cli;

import dev.schemata.runtime.ErrorCode;
import dev.schemata.runtime.SchemataException;
import java.sql.SQLException;

/**
 * How a command failed, as an operator reads it: an exit code, a code for scripts, and a message
 * that says what to do instead of a stack trace.
 *
 * @param exitCode the process exit code
 * @param code the runtime's error code, or the exit code's name for the command line's own errors
 * @param message what went wrong and what to do, with passwords masked
 */
record Failure(int exitCode, String code, String message) {

  /**
   * The failure for an exception of a command.
   *
   * @param classpath the class path as given, for the message when no migrations are found
   * @param password the password to mask, or {@code null}
   */
  static Failure of(Throwable thrown, String classpath, String password) {
    Failure failure = classify(thrown, classpath);
    return new Failure(failure.exitCode, failure.code,
        Redaction.text(failure.message, password));
  }

  private static Failure classify(Throwable thrown, String classpath) {
    SQLException sql = sqlCause(thrown);
    if (sql != null && isAuthentication(sql)) {
      return new Failure(ExitCode.DATABASE, "AUTHENTICATION", "The database refused the"
          + " credentials: " + firstLine(sql) + ". Check --user and --password (or"
          + " SCHEMATA_USER and SCHEMATA_PASSWORD).");
    }
    if (sql != null && isUnreachable(sql)) {
      return new Failure(ExitCode.DATABASE, "UNREACHABLE", "Cannot reach the database: "
          + firstLine(sql) + ". Check the URL, and that the server is running and reachable"
          + " from here.");
    }
    if (thrown instanceof CliException e) {
      return new Failure(e.exitCode(), name(e.exitCode()), e.getMessage());
    }
    if (thrown instanceof SchemataException e) {
      if (e.code() == ErrorCode.NO_MIGRATIONS) {
        return new Failure(ExitCode.SETUP, e.code().name(), "No migrations found on the class"
            + " path (" + classpath + "). Pass the application's jar and its libraries with"
            + " --classpath app.jar" + java.io.File.pathSeparator + "libs/*; the jar must have"
            + " been built with schemata-processor, which registers the migration index.");
      }
      return new Failure(exitCode(e.code()), e.code().name(), e.getMessage());
    }
    if (sql != null) {
      return new Failure(ExitCode.DATABASE, "DATABASE_ERROR", "The database failed: "
          + firstLine(sql) + " (SQL state " + sql.getSQLState() + ").");
    }
    return new Failure(ExitCode.INTERNAL, "INTERNAL", "Internal error: " + thrown
        + ". This is a bug in Schemata; please report it with the output of --verbose.");
  }

  static int exitCode(ErrorCode code) {
    return switch (code) {
      case NO_MIGRATIONS, MULTIPLE_INDEXES, INVALID_MIGRATIONS, STALE_MIGRATION,
          UNKNOWN_VERSION, INVALID_TARGET, UNSUPPORTED_DATABASE, INVALID_CONFIGURATION ->
          ExitCode.SETUP;
      case CHECKSUM_MISMATCH, FAILED_VERSION, DATABASE_AHEAD, MISSING_VERSION,
          HISTORY_NOT_EMPTY -> ExitCode.HISTORY;
      case SCHEMA_MISMATCH -> ExitCode.DIFFERENCES;
      case DATABASE_ERROR -> ExitCode.DATABASE;
      default -> ExitCode.FAILED;
    };
  }

  private static String name(int exitCode) {
    return switch (exitCode) {
      case ExitCode.DIFFERENCES -> "DIFFERENCES";
      case ExitCode.USAGE -> "USAGE";
      case ExitCode.DATABASE -> "DATABASE_ERROR";
      case ExitCode.SETUP -> "SETUP";
      case ExitCode.HISTORY -> "HISTORY";
      case ExitCode.CANCELLED -> "CANCELLED";
      default -> "FAILED";
    };
  }

  private static SQLException sqlCause(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return sql;
      }
    }
    return null;
  }

  // SQL state class 28 is "invalid authorization" on every engine; H2 reports 28000.
  private static boolean isAuthentication(SQLException e) {
    return e.getSQLState() != null && e.getSQLState().startsWith("28");
  }

  // Class 08 is "connection exception"; H2 uses its own codes for a broken or refused one.
  private static boolean isUnreachable(SQLException e) {
    String state = e.getSQLState();
    return state != null && (state.startsWith("08") || state.equals("90067")
        || state.equals("90046"));
  }

  private static String firstLine(SQLException e) {
    String text = String.valueOf(e.getMessage()).strip();
    int line = text.indexOf('\n');
    text = line < 0 ? text : text.substring(0, line);
    return text.endsWith("; SQL statement:") ? text.substring(0, text.length() - 16) : text;
  }
}
