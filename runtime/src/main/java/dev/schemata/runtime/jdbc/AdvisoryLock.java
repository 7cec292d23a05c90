package dev.schemata.runtime.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** PostgreSQL: a session-level advisory lock, which the server releases when the session ends. */
final class AdvisoryLock implements LockMethod {
  private final long key;

  AdvisoryLock(long key) {
    this.key = key;
  }

  @Override
  public boolean acquire(Connection connection, long deadline) throws SQLException {
    connection.setAutoCommit(true);
    do {
      if (call(connection, "select pg_try_advisory_lock(?)")) {
        return true;
      }
    } while (LockMethod.pause(deadline));
    return false;
  }

  @Override
  public void release(Connection connection) throws SQLException {
    call(connection, "select pg_advisory_unlock(?)");
  }

  private boolean call(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, key);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() && result.getBoolean(1);
      }
    }
  }
}
