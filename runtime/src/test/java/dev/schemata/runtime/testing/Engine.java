package dev.schemata.runtime.testing;

import dev.schemata.runtime.dialect.Dialect;

/** The database engines the tests run on. */
public enum Engine {
  H2(Dialect.H2),
  POSTGRESQL(Dialect.POSTGRESQL),
  MARIADB(Dialect.MARIADB);

  private final Dialect dialect;

  Engine(Dialect dialect) {
    this.dialect = dialect;
  }

  public Dialect dialect() {
    return dialect;
  }

  /**
   * A new, empty database of its own on this engine: a schema on PostgreSQL, a database on
   * MariaDB, an in-memory database on H2. Skips or fails the test when the server is down.
   */
  public TestDatabase create() {
    return switch (this) {
      case H2 -> TestDatabase.h2();
      case POSTGRESQL -> TestDatabase.postgres();
      case MARIADB -> TestDatabase.mariadb();
    };
  }
}
