package dev.schemata.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Iterator;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Connections from the JDBC driver that accepts the URL, found through {@link ServiceLoader} on
 * the application class loader. {@code DriverManager} is not used because it refuses drivers that
 * a child class loader loaded, as those from {@code --driver-path} are.
 */
final class DriverDataSource implements DataSource {
  private final Driver driver;
  private final ConnectionSettings settings;

  private DriverDataSource(Driver driver, ConnectionSettings settings) {
    this.driver = driver;
    this.settings = settings;
  }

  /** A data source for the settings' URL, or a setup error when no driver accepts it. */
  static DriverDataSource of(ConnectionSettings settings, ClassLoader loader) {
    String url = settings.url();
    Iterator<Driver> drivers = ServiceLoader.load(Driver.class, loader).iterator();
    while (hasNext(drivers)) {
      try {
        Driver driver = drivers.next();
        if (driver.acceptsURL(url)) {
          return new DriverDataSource(driver, settings);
        }
      } catch (ServiceConfigurationError | SQLException e) {
        // A broken driver on the path must not hide a good one after it.
      }
    }
    throw new CliException(ExitCode.SETUP, "No JDBC driver accepts the URL "
        + Redaction.url(url) + ". The command line bundles H2 (jdbc:h2:), PostgreSQL"
        + " (jdbc:postgresql:), MySQL (jdbc:mysql:) and MariaDB (jdbc:mariadb:); check the URL,"
        + " or add the driver's jar with --driver-path.");
  }

  private static boolean hasNext(Iterator<Driver> drivers) {
    try {
      return drivers.hasNext();
    } catch (ServiceConfigurationError e) {
      return false;
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    return getConnection(settings.user(), settings.password());
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    Connection connection = driver.connect(settings.url(), properties);
    if (connection == null) {
      throw new SQLException("the driver " + driver.getClass().getName() + " refused the URL",
          "08001");
    }
    return connection;
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // Nothing is logged through a writer.
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // Drivers take their timeouts from the URL.
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no parent logger");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper for " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
