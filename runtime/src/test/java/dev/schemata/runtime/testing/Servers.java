package dev.schemata.runtime.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the database servers for tests are, and what happens when one is down: with {@code
 * CI=true} the test fails, elsewhere it is skipped with a message saying how to run it.
 */
public final class Servers {
  /** The PostgreSQL server; a database on it whose schemas tests may create and drop. */
  public static final String POSTGRES_URL = setting("SCHEMATA_TEST_POSTGRES_URL",
      "jdbc:postgresql://127.0.0.1:5432/test?user=postgres&connectTimeout=5");
  /** The MariaDB or MySQL server, with a user that may create and drop databases. */
  public static final String MARIADB_URL = setting("SCHEMATA_TEST_MARIADB_URL",
      "jdbc:mariadb://127.0.0.1:3306/test?user=root&password=&connectTimeout=5000");

  private static final Map<String, String> PROBLEMS = new ConcurrentHashMap<>();

  private Servers() {}

  /**
   * Returns when the server answers; otherwise aborts the test, or fails it when {@code CI=true}.
   * The answer is kept, so an absent server costs one connection attempt per test run.
   */
  public static void require(String engine, String url, String variable) {
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
