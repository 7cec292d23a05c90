package dev.schemata.runtime.jdbc;

import dev.schemata.runtime.dialect.Dialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/** Picks the dialect for a database from the product its driver reports. */
public final class DialectDetector {
  private DialectDetector() {}

  /** The dialect for a product name such as {@code H2}, or empty when none fits. */
  public static Optional<Dialect> forProductName(String productName) {
    return forProduct(productName, "");
  }

  /**
   * The dialect for a product name and version as the driver reports them. MySQL's driver calls
   * a MariaDB server "MySQL" and names MariaDB only in the version, as in {@code
   * 5.5.5-10.11.6-MariaDB}.
   */
  public static Optional<Dialect> forProduct(String productName, String productVersion) {
    String name = lower(productName);
    String version = lower(productVersion);
    if (name.equals("h2")) {
      return Optional.of(Dialect.H2);
    }
    if (name.equals("postgresql")) {
      return Optional.of(Dialect.POSTGRESQL);
    }
    if (name.equals("mariadb") || name.equals("mysql") && version.contains("mariadb")) {
      return Optional.of(Dialect.MARIADB);
    }
    if (name.equals("mysql")) {
      return Optional.of(Dialect.MYSQL);
    }
    return Optional.empty();
  }

  /** The dialect for the connection's database, from its driver's metadata, without a query. */
  public static Optional<Dialect> detect(Connection connection) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    return forProduct(metaData.getDatabaseProductName(), metaData.getDatabaseProductVersion());
  }

  /** The product name the connection's driver reports; costs no query on common drivers. */
  public static String productName(Connection connection) throws SQLException {
    return connection.getMetaData().getDatabaseProductName();
  }

  private static String lower(String text) {
    return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
  }
}
