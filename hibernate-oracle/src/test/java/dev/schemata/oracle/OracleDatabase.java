package dev.schemata.oracle;

import dev.schemata.runtime.Migrator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.SortedMap;
import java.util.SortedSet;
import org.h2.jdbcx.JdbcDataSource;

/** A fresh in-memory H2 database that lives until the JVM ends, read back as a shape. */
final class OracleDatabase {
  private static final String[] SCHEMATA_TABLES = {"schemata_history", "schemata_lock"};

  private final String url;

  private OracleDatabase(String url) {
    this.url = url;
  }

  /** A new, empty database whose name starts with {@code name}. */
  static OracleDatabase create(String name) {
    return new OracleDatabase("jdbc:h2:mem:" + name + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
  }

  String url() {
    return url;
  }

  /** A migrator over this database, finding the migrations through {@code loader}. */
  Migrator migrator(ClassLoader loader) {
    JdbcDataSource source = new JdbcDataSource();
    source.setURL(url);
    return Migrator.configure().dataSource(source).classLoader(loader).load();
  }

  /** Every table but Schemata's own, as JDBC metadata shows it. */
  SortedMap<String, TableShape> shape() throws SQLException {
    try (Connection connection = DriverManager.getConnection(url)) {
      return SchemaShape.read(connection, SCHEMATA_TABLES);
    }
  }

  /** Every sequence as "name start increment". */
  SortedSet<String> sequences() throws SQLException {
    try (Connection connection = DriverManager.getConnection(url)) {
      return SchemaShape.sequences(connection);
    }
  }
}
