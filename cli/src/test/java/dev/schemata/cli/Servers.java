package dev.schemata.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The database servers the runtime's tests use (same variables, same defaults), and what happens
 * when one is down: with {@code CI=true} the test fails, elsewhere it is skipped with a message
 * saying how to run it.
 */
final class Servers {
  /** A PostgreSQL database whose schemas tests may create and drop. */
  static final String POSTGRES_URL = setting("SCHEMATA_TEST_POSTGRES_URL",
      "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&connectTimeout=5");
  /** A MariaDB or MySQL server, with a user that may create and drop databases. */
  static final String MARIADB_URL = setting("SCHEMATA_TEST_MARIADB_URL",
      "jdbc:mariadb://127.0.0.1:3306/test?user=root&password=&connectTimeout=5000");

  private static final Map<String, String> PROBLEMS = new ConcurrentHashMap<>();

  private Servers() {}

  /** Returns when the server answers; else aborts the test, or fails it when CI=true. */
  static void require(String engine, String url, String variable) {
    String problem = PROBLEMS.computeIfAbsent(url, Servers::probe);
    if (problem.isEmpty()) {
      return;
    }
    String message = engine + " is not reachable at " + url + " (" + problem + "). Start it,"
        + " or point " + variable + " at one.";
    if (isCi()) {
      Assertions.fail(message + " CI=true, so this is a failure rather than a skip.");
    }
    Assumptions.abort(message + " Skipped; with CI=true this fails.");
  }

  /** Runs one statement on a server, outside any test database. */
  static void execute(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run " + sql + " on " + url, e);
    }
  }

  /** Under CI a server started just before the build may need a few seconds more. */
  private static String probe(String url) {
    long deadline = System.nanoTime() + (isCi() ? 20_000_000_000L : 0);
    while (true) {
      try (Connection connection = DriverManager.getConnection(url)) {
        return connection.isValid(5) ? "" : "the connection is not valid";
      } catch (SQLException e) {
        if (System.nanoTime() >= deadline) {
          return String.valueOf(e.getMessage()).lines().findFirst().orElse("no message");
        }
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return "interrupted while waiting for the server";
      }
    }
  }

  private static boolean isCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  private static String setting(String variable, String fallback) {
    String value = System.getenv(variable);
    return value == null || value.isBlank() ? fallback : value;
  }
}
