package dev.schemata.runtime.jdbc;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.ops.DataStep;
import dev.schemata.runtime.ops.Operation;
import dev.schemata.runtime.ops.RunData;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Runs the {@link RunData} operations of a version, where the executor would run SQL. */
final class DataSteps {
  private DataSteps() {}

  /** What a failure of the step reports as its statement. */
  static String describe(RunData data) {
    return "data step " + data.step() + (data.undo() ? " (downgrade)" : " (upgrade)");
  }

  /**
   * The first data step of a version that cannot be created, found before anything runs, as a
   * failure the executor reports with the step's name.
   */
  static Optional<ExecutionResult> uncreatable(List<Operation> operations) {
    for (Operation operation : operations) {
      if (operation instanceof RunData data) {
        try {
          data.create();
        } catch (IllegalStateException e) {
          return Optional.of(new ExecutionResult.Undone(describe(data),
              new SQLException(e.getMessage(), e.getCause())));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Runs one direction of a step on the connection as it is (inside the version's transaction
   * when there is one). A step that throws an unchecked exception fails like a statement.
   */
  static void run(RunData data, Connection connection, Dialect dialect) throws SQLException {
    StepContext context = new StepContext(connection, dialect);
    try {
      DataStep step = data.create();
      if (data.undo()) {
        step.downgrade(context);
      } else {
        step.upgrade(context);
      }
    } catch (RuntimeException e) {
      throw new SQLException("the step threw " + e, e);
    }
  }

  /**
   * Runs one direction of a step in a transaction of its own, on an engine whose DDL commits by
   * itself: the step's rows are kept whole or not at all.
   */
  static void runAlone(RunData data, Connection connection, Dialect dialect)
      throws SQLException {
    connection.setAutoCommit(false);
    try {
      run(data, connection, dialect);
      connection.commit();
    } catch (SQLException e) {
      Sql.rollbackQuietly(connection, e);
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }
}
