package dev.schemata.runtime.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A lock the server ties to the session and releases when it ends, taken and given back by one
 * function call each: PostgreSQL's advisory lock ({@code pg_try_advisory_lock}) and MySQL's and
 * MariaDB's named lock ({@code GET_LOCK}, whose names are server-wide, so the name carries a key
 * of the schema).
 *
 * @param acquireSql the query that tries to take the lock without waiting, answering true or 1
 *     when taken (false, 0 or NULL otherwise)
 * @param releaseSql the query that gives it back
 * @param key the lock's key, the one parameter of both queries
 */
record SessionLock(String acquireSql, String releaseSql, Object key) implements LockMethod {

  static SessionLock advisory(long key) {
    return new SessionLock("select pg_try_advisory_lock(?)", "select pg_advisory_unlock(?)", key);
  }

  static SessionLock named(String name) {
    return new SessionLock("select get_lock(?, 0)", "select release_lock(?)", name);
  }

  @Override
  public boolean acquire(Connection connection, long deadline) throws SQLException {
    connection.setAutoCommit(true);
    do {
      if (call(connection, acquireSql)) {
        return true;
      }
    } while (LockMethod.pause(deadline));
    return false;
  }

  @Override
  public void release(Connection connection) throws SQLException {
    call(connection, releaseSql);
  }

  private boolean call(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, key);
      try (ResultSet result = statement.executeQuery()) {
        // getBoolean reads PostgreSQL's boolean, GET_LOCK's 1 as true and its NULL as false.
        return result.next() && result.getBoolean(1);
      }
    }
  }
}
