package dev.schemata.example;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A database of its own for one test, on H2 or on the PostgreSQL or MariaDB server that the
 * runtime's tests use (same variables, same defaults). A server that is down skips the test, or
 * fails it when {@code CI=true}.
 */
enum ExampleDatabase {
  H2(null, null),
  POSTGRESQL("SCHEMATA_TEST_POSTGRES_URL",
      "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&connectTimeout=5"),
  MARIADB("SCHEMATA_TEST_MARIADB_URL",
      "jdbc:mariadb://127.0.0.1:3306/test?user=root&password=&connectTimeout=5000");

  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final String variable;
  private final String fallback;

  ExampleDatabase(String variable, String fallback) {
    this.variable = variable;
    this.fallback = fallback;
  }

  /** A fresh database; {@link Fresh#close()} drops it. */
  Fresh create() {
    String name = "schemata_x" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    if (this == H2) {
      return new Fresh("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", null, null);
    }
    String server = System.getenv(variable) == null ? fallback : System.getenv(variable);
    require(server);
    if (this == POSTGRESQL) {
      execute(server, "create schema " + name);
      return new Fresh(server + (server.contains("?") ? "&" : "?") + "currentSchema=" + name,
          server, "drop schema " + name + " cascade");
    }
    execute(server, "create database " + name);
    String url = server.replaceFirst("^(jdbc:[a-z]+://[^/]+/)[^?]*", "$1" + name);
    return new Fresh(url, server, "drop database " + name);
  }

  private void require(String server) {
    try (Connection connection = DriverManager.getConnection(server)) {
      return;
    } catch (SQLException e) {
      String message = name() + " is not reachable at " + server + " (" + e.getMessage()
          + "). Start it, or point " + variable + " at one.";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail(message + " CI=true, so this is a failure rather than a skip.");
      }
      Assumptions.abort(message + " Skipped; with CI=true this fails.");
    }
  }

  private static void execute(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run " + sql + " on " + url, e);
    }
  }

  /** The URL of one fresh database, and how to drop it. */
  record Fresh(String url, String server, String drop) implements AutoCloseable {
    @Override
    public void close() {
      if (drop != null) {
        execute(server, drop);
      }
    }
  }
}
