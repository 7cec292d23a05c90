package dev.schemata.runtime.jdbc;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The lock that lets one process at a time change the schema. It lives in a database session of
 * its own and dies with it, so a crashed process never leaves it behind.
 *
 * <p>On H2 it is a row lock ({@code SELECT … FOR UPDATE} on the one row of {@code
 * schemata_lock}) held in an open transaction. That transaction needs its own connection because
 * DDL on the migration connection commits implicitly, which would release the lock.
 */
public final class DatabaseLock implements AutoCloseable {
  /** The table whose single row is locked. */
  public static final String TABLE = "schemata_lock";

  static final Table DEFINITION = Table.named(TABLE)
      .column(Column.named("id").type(SqlType.INTEGER))
      .primaryKey("id")
      .build();

  private static final Duration ATTEMPT = Duration.ofMillis(500);
  private static final String H2_LOCK_TIMEOUT = "HYT00";
  private static final String DEADLOCK = "40001";

  private final Connection connection;

  private DatabaseLock(Connection connection) {
    this.connection = connection;
  }

  /**
   * Takes the lock on a new connection from {@code dataSource}, waiting up to {@code timeout}.
   *
   * @return the held lock, or empty when another process held it for the whole timeout
   */
  public static Optional<DatabaseLock> acquire(DataSource dataSource, Dialect dialect,
      Duration timeout) throws SQLException {
    Connection connection = dataSource.getConnection();
    try {
      connection.setAutoCommit(true);
      HistoryTable.createIfMissing(connection, dialect, DEFINITION);
      insertRowIfMissing(connection);
      connection.setAutoCommit(false);
      if (waitForRow(connection, dialect, System.nanoTime() + timeout.toNanos())) {
        return Optional.of(new DatabaseLock(connection));
      }
      connection.rollback();
      connection.close();
      return Optional.empty();
    } catch (SQLException | RuntimeException e) {
      closeAfterFailure(connection, e);
      throw e;
    }
  }

  /** Releases the lock by ending its transaction and closing its connection. */
  @Override
  public void close() {
    try (connection) {
      connection.rollback();
    } catch (SQLException e) {
      // Closing the session releases the lock as well; nothing is lost.
      Sql.LOG.log(Level.WARNING, "releasing the schema lock failed: " + e.getMessage());
    }
  }

  private static void insertRowIfMissing(Connection connection) throws SQLException {
    if (rowExists(connection)) {
      return;
    }
    try {
      Sql.execute(connection, "insert into " + TABLE + " (id) values (1)");
    } catch (SQLException e) {
      // Another process inserted it first.
      if (!rowExists(connection)) {
        throw e;
      }
    }
  }

  private static boolean rowExists(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("select id from " + TABLE + " where id = 1")) {
      return row.next();
    }
  }

  private static boolean waitForRow(Connection connection, Dialect dialect, long deadline)
      throws SQLException {
    while (true) {
      long remaining = deadline - System.nanoTime();
      long waitMillis = Math.max(1, Math.min(ATTEMPT.toMillis(), remaining / 1_000_000));
      try (Statement statement = connection.createStatement()) {
        if (dialect == Dialect.H2) {
          // H2 waits for a row lock up to its session lock timeout; wait in short steps instead.
          statement.execute("set lock_timeout " + waitMillis);
        }
        try (ResultSet row = statement.executeQuery(
            "select id from " + TABLE + " where id = 1 for update")) {
          if (row.next()) {
            return true;
          }
          throw new SQLException("the row of " + TABLE + " vanished");
        }
      } catch (SQLException e) {
        if (!isLockWait(e)) {
          throw e;
        }
        connection.rollback();
        if (System.nanoTime() >= deadline) {
          return false;
        }
      }
    }
  }

  private static boolean isLockWait(SQLException e) {
    return H2_LOCK_TIMEOUT.equals(e.getSQLState()) || DEADLOCK.equals(e.getSQLState());
  }

  private static void closeAfterFailure(Connection connection, Exception cause) {
    try {
      connection.close();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
