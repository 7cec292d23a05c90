package dev.schemata.oracle;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A schema of its own on the PostgreSQL server the tests use ({@code SCHEMATA_TEST_POSTGRES_URL},
 * else the local one), dropped with everything in it when closed. When the server cannot be
 * reached the test is skipped, or fails with {@code CI=true}.
 */
final class PostgresSchema implements AutoCloseable {
  private static final String SERVER = System.getenv().getOrDefault(
      "SCHEMATA_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

  private final String name;

  private PostgresSchema(String name) {
    this.name = name;
  }

  static PostgresSchema create(String prefix) throws SQLException {
    try (Connection connection = DriverManager.getConnection(SERVER)) {
      String name = prefix + "_" + System.nanoTime();
      try (Statement statement = connection.createStatement()) {
        statement.execute("create schema " + name);
      }
      return new PostgresSchema(name);
    } catch (SQLException e) {
      String message = "PostgreSQL is not reachable at " + SERVER + " (" + e.getMessage()
          + "); start it, or point SCHEMATA_TEST_POSTGRES_URL at one.";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail(message);
      }
      Assumptions.abort(message + " Skipped; with CI=true this fails.");
      throw e;
    }
  }

  /** The server's URL with this schema as the current one. */
  String url() {
    return SERVER + (SERVER.contains("?") ? "&" : "?") + "currentSchema=" + name;
  }

  PGSimpleDataSource dataSource() {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setURL(url());
    return source;
  }

  /** Each enum type of the schema with its constants in the type's order. */
  Map<String, String> enumTypes() throws SQLException {
    return rows("select t.typname, string_agg(e.enumlabel, ',' order by e.enumsortorder)"
        + " from pg_type t join pg_enum e on e.enumtypid = t.oid"
        + " join pg_namespace n on n.oid = t.typnamespace where n.nspname = '" + name + "'"
        + " group by t.typname");
  }

  /** The type of each column of an enum type, as {@code table.column}. */
  Map<String, String> enumColumns() throws SQLException {
    return rows("select table_name || '.' || column_name, udt_name from information_schema.columns"
        + " where table_schema = '" + name + "' and data_type = 'USER-DEFINED'");
  }

  /** Runs a statement in the schema. */
  void execute(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url());
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** The first column of each row of a query, in order. */
  TreeSet<String> values(String sql) throws SQLException {
    TreeSet<String> values = new TreeSet<>();
    try (Connection connection = DriverManager.getConnection(url());
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  private Map<String, String> rows(String sql) throws SQLException {
    Map<String, String> rows = new TreeMap<>();
    try (Connection connection = DriverManager.getConnection(url());
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows.put(result.getString(1), result.getString(2));
      }
    }
    return rows;
  }

  @Override
  public void close() throws SQLException {
    try (Connection connection = DriverManager.getConnection(SERVER);
        Statement statement = connection.createStatement()) {
      statement.execute("drop schema " + name + " cascade");
    }
  }
}
