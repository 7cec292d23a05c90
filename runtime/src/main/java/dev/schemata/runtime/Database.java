package dev.schemata.runtime;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.jdbc.DatabaseLock;
import dev.schemata.runtime.jdbc.DialectDetector;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** The configured database: connections, its dialect and its schema lock. */
final class Database {
  private final DataSource dataSource;
  private final Dialect configuredDialect;
  private final Duration lockTimeout;

  Database(DataSource dataSource, Dialect configuredDialect, Duration lockTimeout) {
    this.dataSource = dataSource;
    this.configuredDialect = configuredDialect;
    this.lockTimeout = lockTimeout;
  }

  Connection connect() throws SQLException {
    if (dataSource == null) {
      throw Errors.configuration("No data source is configured; pass one with"
          + " Migrator.configure().dataSource(...). Only script(...) works without one.");
    }
    return dataSource.getConnection();
  }

  /** The configured dialect, else the one for the product the connection reports. */
  Dialect dialect(Connection connection) throws SQLException {
    if (configuredDialect != null) {
      return configuredDialect;
    }
    Optional<Dialect> detected = DialectDetector.detect(connection);
    if (detected.isPresent()) {
      return detected.get();
    }
    throw new SchemataException(ErrorCode.UNSUPPORTED_DATABASE, "No dialect is known for the"
        + " database product '" + DialectDetector.productName(connection) + "'. Supported: "
        + Dialect.all().stream().map(Dialect::name).collect(Collectors.joining(", "))
        + ". If it speaks one of these, pass it with Migrator.configure().dialect(...).");
  }

  /** Takes the schema lock on a connection of its own, waiting up to the configured timeout. */
  DatabaseLock lock(Dialect dialect) throws SQLException {
    return DatabaseLock.acquire(dataSource, dialect, lockTimeout)
        .orElseThrow(() -> Errors.lockTimeout(lockTimeout));
  }

  /** Who is applying the changes: the database user, else the operating-system user. */
  static String user(Connection connection) throws SQLException {
    String user = connection.getMetaData().getUserName();
    if (user == null || user.isBlank()) {
      user = System.getProperty("user.name", "unknown");
    }
    return user;
  }
}
