package dev.schemata.runtime.testing;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** Fresh in-memory H2 databases, one per call. */
public final class H2 {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  // The runtime logs every version it applies; keep the test output to failures. Held in a
  // field because the logging framework keeps loggers only weakly.
  private static final java.util.logging.Logger RUNTIME_LOG =
      java.util.logging.Logger.getLogger("dev.schemata.runtime");

  static {
    RUNTIME_LOG.setLevel(java.util.logging.Level.WARNING);
  }

  private H2() {}

  /** A data source for a new, empty in-memory database that lives until the JVM exits. */
  public static DataSource newDatabase() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:schemata" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    return dataSource;
  }
}
