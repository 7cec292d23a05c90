package dev.schemata.runtime;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.jdbc.HistoryEntry;
import dev.schemata.runtime.jdbc.HistoryTable;
import java.sql.Connection;
import java.sql.SQLException;
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
    return new Repair(database).run();
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
   * Checks that the generated classes are current and that every applied version is unchanged,
   * known to the code and not failed.
   *
   * @throws SchemataException describing the first problem found
   */
  public void validate() {
    migrations.verifyAll(migrations.all());
    try (Connection connection = database.connect()) {
      List<HistoryEntry> history = HistoryTable.read(connection).orElse(List.of());
      if (!connection.getAutoCommit()) {
        connection.rollback();
      }
      HistoryCheck.currentVersion(history, migrations);
    } catch (SQLException e) {
      throw Errors.database("reading " + HistoryTable.NAME, e);
    }
  }
}
