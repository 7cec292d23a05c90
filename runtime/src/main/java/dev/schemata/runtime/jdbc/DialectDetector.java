package dev.schemata.runtime.jdbc;

import dev.schemata.runtime.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/** Picks the dialect for a database from the product name its driver reports. */
public final class DialectDetector {
  private DialectDetector() {}

  /** The dialect for a product name such as {@code H2}, or empty when none fits. */
  public static Optional<Dialect> forProductName(String productName) {
    String name = productName == null ? "" : productName.strip().toLowerCase(Locale.ROOT);
    if (name.equals("h2")) {
      return Optional.of(Dialect.H2);
    }
    return Optional.empty();
  }

  /** The product name the connection's driver reports; costs no query on common drivers. */
  public static String productName(Connection connection) throws SQLException {
    return connection.getMetaData().getDatabaseProductName();
  }
}
