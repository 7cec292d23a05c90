package dev.schemata.runtime;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.ops.MigrationIndex;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The settings of a {@link Migrator}; each method returns this configuration, and {@link #load()}
 * builds the Migrator.
 */
public final class MigratorConfiguration {
  private DataSource dataSource;
  private Dialect dialect;
  private ClassLoader classLoader;
  private MigrationIndex migrations;
  private Duration lockTimeout = Duration.ofMinutes(1);

  MigratorConfiguration() {}

  /** The database to migrate. Needed by every verb except {@code script}. */
  public MigratorConfiguration dataSource(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    return this;
  }

  /** The SQL dialect; detected from the database's product name when not set. */
  public MigratorConfiguration dialect(Dialect dialect) {
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    return this;
  }

  /**
   * The class loader that sees the generated migration index; by default the thread's context
   * class loader, else the one that loaded Schemata.
   */
  public MigratorConfiguration classLoader(ClassLoader classLoader) {
    this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
    return this;
  }

  /**
   * The migrations to apply. When not set, the one {@link MigrationIndex} registered under
   * {@code META-INF/services} on the class loader is used.
   */
  public MigratorConfiguration migrations(MigrationIndex migrations) {
    this.migrations = Objects.requireNonNull(migrations, "migrations");
    return this;
  }

  /** How long to wait for another process that holds the schema lock; one minute by default. */
  public MigratorConfiguration lockTimeout(Duration lockTimeout) {
    Objects.requireNonNull(lockTimeout, "lockTimeout");
    if (lockTimeout.isNegative()) {
      throw new IllegalArgumentException("lockTimeout is negative: " + lockTimeout);
    }
    this.lockTimeout = lockTimeout;
    return this;
  }

  /**
   * The configured Migrator. Finds the migration index now, without touching the database.
   *
   * @throws SchemataException when no migration index, or more than one, is found
   */
  public Migrator load() {
    MigrationIndex index = migrations != null ? migrations : IndexLoader.load(loader());
    Migrations loaded = Migrations.of(index.migrations(), index.getClass().getName());
    return new Migrator(new Database(dataSource, dialect, lockTimeout), loaded);
  }

  private ClassLoader loader() {
    if (classLoader != null) {
      return classLoader;
    }
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : Migrator.class.getClassLoader();
  }
}
