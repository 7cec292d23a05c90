package dev.schemata.runtime.testing;

import dev.schemata.runtime.dialect.Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.h2.tools.Server;

/**
 * A database that one test has to itself, dropped when closed: tests can run again and again and
 * never see each other's tables.
 */
public final class TestDatabase implements AutoCloseable {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final Pattern URL = Pattern.compile("(jdbc:[a-z]+://[^/]+/)([^?]*)(\\?.*)?");
  private static Server h2Server;

  // The runtime logs every version it applies; keep the test output to failures. Held in a
  // field because the logging framework keeps loggers only weakly.
  private static final java.util.logging.Logger RUNTIME_LOG =
      java.util.logging.Logger.getLogger("dev.schemata.runtime");

  static {
    RUNTIME_LOG.setLevel(java.util.logging.Level.WARNING);
  }

  private final Engine engine;
  private final UrlDataSource dataSource;
  private final String sharedUrl;
  private final String dropUrl;
  private final String drop;

  private TestDatabase(Engine engine, String url, String sharedUrl, String dropUrl,
      String drop) {
    this.engine = engine;
    this.dataSource = new UrlDataSource(url);
    this.sharedUrl = sharedUrl;
    this.dropUrl = dropUrl;
    this.drop = drop;
  }

  static TestDatabase h2() {
    String name = uniqueName();
    return new TestDatabase(Engine.H2, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1",
        "mem:" + name, null, null);
  }

  static TestDatabase postgres() {
    Servers.require("PostgreSQL", Servers.POSTGRES_URL, "SCHEMATA_TEST_POSTGRES_URL");
    String schema = uniqueName();
    execute(Servers.POSTGRES_URL, "create schema " + schema);
    String url = withParameter(Servers.POSTGRES_URL, "currentSchema=" + schema);
    return new TestDatabase(Engine.POSTGRESQL, url, url, Servers.POSTGRES_URL,
        "drop schema " + schema + " cascade");
  }

  static TestDatabase mariadb() {
    Servers.require("MariaDB", Servers.MARIADB_URL, "SCHEMATA_TEST_MARIADB_URL");
    String database = uniqueName();
    execute(Servers.MARIADB_URL, "create database " + database);
    Matcher parts = URL.matcher(Servers.MARIADB_URL);
    if (!parts.matches()) {
      throw new IllegalStateException("cannot read " + Servers.MARIADB_URL);
    }
    String url = parts.group(1) + database + (parts.group(3) == null ? "" : parts.group(3));
    return new TestDatabase(Engine.MARIADB, url, url, Servers.MARIADB_URL,
        "drop database " + database);
  }

  public Engine engine() {
    return engine;
  }

  public Dialect dialect() {
    return engine.dialect();
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** A URL that reaches this same database from another process. */
  public String sharedUrl() {
    if (engine != Engine.H2) {
      return sharedUrl;
    }
    // The server only serves an in-memory database that exists already.
    execute(dataSource.url(), "select 1");
    return "jdbc:h2:tcp://127.0.0.1:" + h2Port() + "/" + sharedUrl;
  }

  public Connection connect() throws SQLException {
    return dataSource.getConnection();
  }

  /** Runs one statement on a connection of its own. */
  public void execute(String sql) throws SQLException {
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  @Override
  public void close() {
    if (drop != null) {
      execute(dropUrl, drop);
    } else {
      execute(dataSource.url(), "shutdown");
    }
  }

  private static String uniqueName() {
    return "schemata_t" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
  }

  private static String withParameter(String url, String parameter) {
    return url + (url.contains("?") ? "&" : "?") + parameter;
  }

  private static void execute(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run " + sql + " on " + url, e);
    }
  }

  /** An H2 server in this JVM, so that a child process reaches this JVM's in-memory databases. */
  private static synchronized int h2Port() {
    if (h2Server == null) {
      try (ServerSocket probe = new ServerSocket(0)) {
        int port = probe.getLocalPort();
        probe.close();
        h2Server = Server.createTcpServer("-tcpPort", String.valueOf(port)).start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot start an H2 server", e);
      }
    }
    return h2Server.getPort();
  }
}
