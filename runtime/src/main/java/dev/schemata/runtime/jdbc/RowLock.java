package dev.schemata.runtime.jdbc;

import dev.schemata.runtime.dialect.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * H2: a row lock ({@code SELECT … FOR UPDATE} on the one row of {@code schemata_lock}) held in an
 * open transaction, which ends with the session. The transaction needs a connection of its own
 * because DDL on the migration connection commits implicitly, which would release the lock.
 */
final class RowLock implements LockMethod {
  private static final Duration ATTEMPT = Duration.ofMillis(500);
  private static final String H2_LOCK_TIMEOUT = "HYT00";
  private static final String DEADLOCK = "40001";

  private final Dialect dialect;

  RowLock(Dialect dialect) {
    this.dialect = dialect;
  }

  @Override
  public boolean acquire(Connection connection, long deadline) throws SQLException {
    connection.setAutoCommit(true);
    HistoryTable.createIfMissing(connection, dialect, DatabaseLock.DEFINITION);
    insertRowIfMissing(connection);
    connection.setAutoCommit(false);
    if (waitForRow(connection, deadline)) {
      return true;
    }
    connection.rollback();
    return false;
  }

  @Override
  public void release(Connection connection) throws SQLException {
    connection.rollback();
  }

  private static void insertRowIfMissing(Connection connection) throws SQLException {
    if (rowExists(connection)) {
      return;
    }
    try {
      Sql.execute(connection, "insert into " + DatabaseLock.TABLE + " (id) values (1)");
    } catch (SQLException e) {
      // Another process inserted it first.
      if (!rowExists(connection)) {
        throw e;
      }
    }
  }

  private static boolean rowExists(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(
            "select id from " + DatabaseLock.TABLE + " where id = 1")) {
      return row.next();
    }
  }

  private boolean waitForRow(Connection connection, long deadline) throws SQLException {
    while (true) {
      long remaining = deadline - System.nanoTime();
      long waitMillis = Math.max(1, Math.min(ATTEMPT.toMillis(), remaining / 1_000_000));
      try (Statement statement = connection.createStatement()) {
        if (dialect == Dialect.H2) {
          // H2 waits for a row lock up to its session lock timeout; wait in short steps instead.
          statement.execute("set lock_timeout " + waitMillis);
        }
        try (ResultSet row = statement.executeQuery(
            "select id from " + DatabaseLock.TABLE + " where id = 1 for update")) {
          if (row.next()) {
            return true;
          }
          throw new SQLException("the row of " + DatabaseLock.TABLE + " vanished");
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
}
