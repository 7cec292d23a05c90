package dev.schemata.runtime.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * MySQL and MariaDB: a named lock ({@code GET_LOCK}), which the server releases when the session
 * ends. Names are server-wide, so the name carries a key of the schema.
 */
final class NamedLock implements LockMethod {
  private final String name;

  NamedLock(String name) {
    this.name = name;
  }

  @Override
  public boolean acquire(Connection connection, long deadline) throws SQLException {
    connection.setAutoCommit(true);
    do {
      // GET_LOCK answers 1 when taken, 0 when another session holds it, NULL on error.
      if (call(connection, "select get_lock(?, 0)")) {
        return true;
      }
    } while (LockMethod.pause(deadline));
    return false;
  }

  @Override
  public void release(Connection connection) throws SQLException {
    call(connection, "select release_lock(?)");
  }

  private boolean call(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, name);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() && result.getInt(1) == 1;
      }
    }
  }
}
