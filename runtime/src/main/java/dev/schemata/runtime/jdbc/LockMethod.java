package dev.schemata.runtime.jdbc;

import dev.schemata.runtime.dialect.Dialect;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * How one engine holds the schema lock in a session, so that the lock ends with the session: a
 * crashed process never leaves it behind.
 */
interface LockMethod {

  /**
   * Tries to take the lock on {@code connection} until the deadline ({@link System#nanoTime()}).
   *
   * @return whether the lock is held
   */
  boolean acquire(Connection connection, long deadline) throws SQLException;

  /** Gives the lock back; the connection is closed afterwards either way. */
  void release(Connection connection) throws SQLException;

  /** The method for the dialect's engine, locking the connection's current schema. */
  static LockMethod of(Dialect dialect, Connection connection) throws SQLException {
    String scope = connection.getCatalog() + "." + connection.getSchema();
    if (dialect == Dialect.POSTGRESQL) {
      return SessionLock.advisory(key(scope));
    }
    if (dialect == Dialect.MYSQL || dialect == Dialect.MARIADB) {
      return SessionLock.named("schemata:" + Long.toHexString(key(scope)));
    }
    return new RowLock(dialect);
  }

  /**
   * A stable 64-bit key for the schema, so that applications on different schemas of one server
   * do not wait for each other.
   */
  private static long key(String scope) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(scope.getBytes(StandardCharsets.UTF_8));
      long key = 0;
      for (int i = 0; i < Long.BYTES; i++) {
        key = key << 8 | (digest[i] & 0xff);
      }
      return key;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Waits a short step before trying again, never past the deadline. */
  static boolean pause(long deadline) {
    long remaining = deadline - System.nanoTime();
    if (remaining <= 0) {
      return false;
    }
    try {
      Thread.sleep(Math.max(1, Math.min(100, remaining / 1_000_000)));
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
