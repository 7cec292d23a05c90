package dev.schemata.runtime.jdbc;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/** Runs single statements and answers small catalogue questions. */
final class Sql {
  static final System.Logger LOG = System.getLogger("dev.schemata.runtime");

  private Sql() {}

  static void execute(Connection connection, String sql) throws SQLException {
    LOG.log(Level.DEBUG, "executing: {0}", sql);
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /**
   * Whether a table exists in the connection's current schema, under the name as given or as the
   * engine folds unquoted names.
   */
  static boolean tableExists(Connection connection, String name) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    for (String candidate : new String[] {name, name.toUpperCase(Locale.ROOT),
        name.toLowerCase(Locale.ROOT)}) {
      try (ResultSet tables = metaData.getTables(connection.getCatalog(),
          escape(metaData, connection.getSchema()), escape(metaData, candidate), null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }

  /** A name made safe as a metadata search pattern, where {@code _} and {@code %} are wildcards. */
  static String escape(DatabaseMetaData metaData, String name) throws SQLException {
    if (name == null) {
      return null;
    }
    String escape = metaData.getSearchStringEscape();
    if (escape == null || escape.isEmpty()) {
      return name;
    }
    return name.replace(escape, escape + escape).replace("_", escape + "_")
        .replace("%", escape + "%");
  }

  /** Rolls back, keeping the first failure as the one that matters. */
  static void rollbackQuietly(Connection connection, Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
