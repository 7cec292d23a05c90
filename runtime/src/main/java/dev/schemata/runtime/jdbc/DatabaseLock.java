package dev.schemata.runtime.jdbc;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The lock that lets one process at a time change a schema. It lives in a database session of
 * its own and dies with it, so a crashed process never leaves it behind: a PostgreSQL advisory
 * lock, a MySQL or MariaDB {@code GET_LOCK}, or on H2 a row lock held in an open transaction.
 */
public final class DatabaseLock implements AutoCloseable {
  /** The table whose single row is locked on H2. */
  public static final String TABLE = "schemata_lock";

  static final Table DEFINITION = Table.named(TABLE)
      .column(Column.named("id").type(SqlType.INTEGER))
      .primaryKey("id")
      .build();

  private final Connection connection;
  private final LockMethod method;

  private DatabaseLock(Connection connection, LockMethod method) {
    this.connection = connection;
    this.method = method;
  }

  /**
   * Takes the lock on a new connection from {@code dataSource}, waiting up to {@code timeout}.
   *
   * @return the held lock, or empty when another process held it for the whole timeout
   */
  public static Optional<DatabaseLock> acquire(DataSource dataSource, Dialect dialect,
      Duration timeout) throws SQLException {
    long deadline = System.nanoTime() + timeout.toNanos();
    Connection connection = dataSource.getConnection();
    try {
      LockMethod method = LockMethod.of(dialect, connection);
      if (method.acquire(connection, deadline)) {
        return Optional.of(new DatabaseLock(connection, method));
      }
      connection.close();
      return Optional.empty();
    } catch (SQLException | RuntimeException e) {
      closeAfterFailure(connection, e);
      throw e;
    }
  }

  /** Releases the lock and closes its connection. */
  @Override
  public void close() {
    try (connection) {
      method.release(connection);
    } catch (SQLException e) {
      // Closing the session releases the lock as well; nothing is lost.
      Sql.LOG.log(Level.WARNING, "releasing the schema lock failed: " + e.getMessage());
    }
  }

  private static void closeAfterFailure(Connection connection, Exception cause) {
    try {
      connection.close();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
