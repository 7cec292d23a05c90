package dev.schemata.runtime.ops;

import java.sql.SQLException;

/**
 * A hand-written data step of one schema version, for what no schema diff can know: splitting a
 * column's values into two new columns, filling a new column from an old one, inserting reference
 * rows. The class is annotated {@code @DataMigration(version = N)}, has a public no-argument
 * constructor, and the version's generated migration runs it after the version has added and
 * widened what the step needs, before it drops columns and tables and tightens constraints.
 *
 * <p>Where the engine has transactional DDL the step runs inside the version's transaction;
 * elsewhere it runs in a transaction of its own, and when a later statement of the version fails
 * the runtime undoes it by calling {@link #downgrade}.
 */
public interface DataStep {

  /** Moves the data forward, on the schema part-way through the version's upgrade. */
  void upgrade(DataContext data) throws SQLException;

  /**
   * Moves the data back: called part-way through the version's downgrade, and to undo a failed
   * upgrade on an engine without transactional DDL.
   */
  void downgrade(DataContext data) throws SQLException;
}
