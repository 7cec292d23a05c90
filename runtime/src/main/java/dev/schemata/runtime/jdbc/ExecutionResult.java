package dev.schemata.runtime.jdbc;

import dev.schemata.runtime.ops.Operation;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/** How running one version's operations ended. */
public sealed interface ExecutionResult {

  /**
   * Every statement ran and the history was updated.
   *
   * @param executionTime how long it took
   */
  record Completed(Duration executionTime) implements ExecutionResult {}

  /**
   * A statement failed and everything the version had done was undone; the history is unchanged.
   *
   * @param failedStatement the statement that failed
   * @param cause the database's error
   */
  record Undone(String failedStatement, SQLException cause) implements ExecutionResult {}

  /**
   * A statement failed and undoing what ran before it failed too, so part of the version stays.
   * The version is recorded as failed in the history.
   *
   * @param failedStatement the statement that failed
   * @param cause the database's error
   * @param failedUndoStatement the undo statement that failed
   * @param undoCause the database's error for the undo
   * @param leftApplied the operations of the version that are still in effect, in order
   */
  record Incomplete(String failedStatement, SQLException cause, String failedUndoStatement,
      SQLException undoCause, List<Operation> leftApplied) implements ExecutionResult {

    public Incomplete {
      leftApplied = List.copyOf(leftApplied);
    }
  }
}
