package dev.schemata.runtime;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.ops.VersionedMigration;
import java.util.List;

/**
 * Applies an application's generated migrations to its database.
 *
 * <pre>{@code
 * Migrator migrator = Migrator.configure().dataSource(dataSource).load();
 * migrator.migrate();
 * }</pre>
 *
 * <p>A Migrator is immutable and safe to share between threads; concurrent calls, in one process
 * or many, are serialised by a database lock. Every failure is a {@link SchemataException}.
 */
public final class Migrator {
  private final Database database;
  private final Migrations migrations;

  Migrator(Database database, Migrations migrations) {
    this.database = database;
    this.migrations = migrations;
  }

  /** Starts a configuration; finish it with {@link MigratorConfiguration#load()}. */
  public static MigratorConfiguration configure() {
    return new MigratorConfiguration();
  }

  /**
   * Applies every pending version, in order, each all or nothing. When the history already holds
   * every version this costs one query and takes no lock.
   *
   * @return the versions applied, with how long each took
   * @throws SchemataException when a version fails, the history disagrees with the code, or the
   *     lock cannot be taken in time
   */
  public MigrateResult migrate() {
    return new Upgrade(database, migrations).run();
  }

  /**
   * Runs the downgrade of each version above {@code version}, newest first, removing each from
   * the history. Each version is all or nothing, as in {@link #migrate()}.
   *
   * @param version the version to reach: 0 for the empty schema, or a version of the code
   * @return the versions reverted, newest first
   * @throws SchemataException when the version is unknown or above the current one, or a
   *     downgrade fails
   */
  public DowngradeResult downgradeTo(int version) {
    return new Downgrade(database, migrations).run(version);
  }

  /**
   * Removes the versions recorded as failed from the history, so that {@link #migrate()} and
   * {@link #downgradeTo(int)} run again. A version is recorded as failed only when a statement
   * failed and undoing the version failed too (on engines whose DDL commits implicitly); before
   * calling this, bring the schema back to what it was without that version, by undoing the
   * operations the error listed as still in effect (after a failed upgrade) or by finishing them
   * (after a failed downgrade). Takes the schema lock.
   *
   * @return the versions removed; empty when none had failed
   */
  public RepairResult repair() {
    return repair(false);
  }

  /**
   * Where each version stands: applied (when, by whom, how long), pending, failed, changed since
   * applied, or unknown to the code. Reads the history without taking the lock.
   */
  public StatusResult status() {
    return new StatusView(database, migrations).read();
  }

  /**
   * The SQL that moves a database from one version to another, without touching a database: the
   * upgrades when {@code from < to}, the downgrades when {@code from > to}. Each statement is
   * followed by {@code ";\n"}; they are the statements {@link #migrate()} and {@link
   * #downgradeTo(int)} run, without the history updates.
   *
   * @param from the starting version, 0 for the empty schema
   * @param to the version to reach
   * @param dialect the engine to write SQL for
   */
  public String script(int from, int to, Dialect dialect) {
    return new Scripts(migrations).render(from, to, dialect);
  }

  /**
   * Applies the pending versions up to {@code version}, in order, each all or nothing, as
   * {@link #migrate()} does for all of them.
   *
   * @param version the version to reach: a version of the code, or the current one
   * @return the versions applied, with how long each took
   * @throws SchemataException when the version is unknown or below the current one, a version
   *     fails, or the history disagrees with the code
   */
  public MigrateResult migrateTo(int version) {
    return new Upgrade(database, migrations).run(version);
  }

  /** The versions in the code, in ascending order, as the migration index lists them. */
  public List<VersionedMigration> migrations() {
    return migrations.all();
  }

  /**
   * Checks that the generated classes are current and that the history agrees with the code, then
   * compares the live schema, read through JDBC metadata, with the schema that the applied
   * versions build, through the same differ that plans migrations. Names are compared as the
   * engine folds unquoted names, types as the dialect spells them.
   *
   * @return every difference between the live schema and the expected one (a missing index, a
   *     column widened by hand); {@link ValidateResult#valid()} when there is none
   * @throws SchemataException when a generated class is stale, or the history has a failed,
   *     changed, unknown or missing version
   */
  public ValidateResult validate() {
    return new Validation(database, migrations).run();
  }

  /**
   * Records the versions up to {@code version} as applied, without running them, on a database
   * that already has their schema: an existing database adopting Schemata. Unless {@code force},
   * first checks with the comparison of {@link #validate()} that the live schema is that
   * version's.
   *
   * @param version the version the database's schema is at
   * @param force record it even when the live schema differs
   * @return the versions recorded, and the differences a forced baseline accepted
   * @throws SchemataException when the version is unknown, the history already has versions, or
   *     the live schema differs and {@code force} is false
   */
  public BaselineResult baseline(int version, boolean force) {
    return new Baseline(database, migrations).run(version, force);
  }

  /**
   * Like {@link #repair()}; with {@code realignChecksums}, also records the code's checksum for
   * every applied version whose operations changed. Only realign when the database really holds
   * the new operations.
   *
   * @return the versions whose history rows changed
   */
  public RepairResult repair(boolean realignChecksums) {
    return new Repair(database, migrations).run(realignChecksums);
  }
}
