package dev.schemata.runtime.jdbc;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.ops.InapplicableOperationException;
import dev.schemata.runtime.ops.Operation;
import dev.schemata.runtime.ops.OperationText;
import dev.schemata.runtime.ops.RunData;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Applies one version's operations and records the outcome in the history, so that either all of
 * the version is in the database or none of it.
 *
 * <p>Where DDL is transactional, the version and its history row share one transaction. Elsewhere
 * DDL commits as it goes, so when a statement fails the operations already run are undone by
 * running their inverses in reverse order; only if that fails too is the version recorded as
 * failed, with what was left.
 *
 * <p>A data step ({@link RunData}) runs at its place among the statements: inside the version's
 * transaction, or else in a transaction of its own, undone by its downgrade when a later
 * statement fails.
 *
 * <p>Each operation is rendered against the schema it applies to: the schema before the version,
 * changed by the operations before it. An undo renders each inverse against the schema that its
 * operation left.
 */
public final class VersionExecutor {
  private final Connection connection;
  private final Dialect dialect;
  private final String appliedBy;

  /** An executor on the migration connection, recording {@code appliedBy} in the history. */
  public VersionExecutor(Connection connection, Dialect dialect, String appliedBy) {
    this.connection = connection;
    this.dialect = dialect;
    this.appliedBy = appliedBy;
  }

  /**
   * Runs a version's upgrade and adds its history row.
   *
   * @param before the schema of the versions below this one, which its operations apply to
   * @throws InapplicableOperationException when the operations do not apply to {@code before}
   */
  public ExecutionResult upgrade(int version, String description, String checksum,
      List<Operation> operations, Schema before) throws SQLException {
    Instant start = Instant.now();
    return run(operations, before, elapsed -> HistoryTable.insert(connection,
            new HistoryEntry(version, description, checksum, start, appliedBy, elapsed, true)),
        left -> HistoryTable.insert(connection, new HistoryEntry(version,
            failedDescription(description, "upgrade", left), checksum, start, appliedBy,
            Duration.between(start, Instant.now()), false)));
  }

  /**
   * Runs a version's downgrade and deletes its history row.
   *
   * @param before the schema of the versions up to this one, which its downgrade applies to
   * @throws InapplicableOperationException when the operations do not apply to {@code before}
   */
  public ExecutionResult downgrade(int version, String description, List<Operation> operations,
      Schema before) throws SQLException {
    return run(operations, before, elapsed -> HistoryTable.delete(connection, version),
        left -> HistoryTable.markFailed(connection, version,
            failedDescription(description, "downgrade", left)));
  }

  private ExecutionResult run(List<Operation> operations, Schema before, Recorder onSuccess,
      FailureRecorder onFailure) throws SQLException {
    List<Schema> schemas = schemasAround(operations, before);
    Optional<ExecutionResult> unrunnable = unrenderable(operations, schemas)
        .or(() -> DataSteps.uncreatable(operations));
    if (unrunnable.isPresent()) {
      return unrunnable.get();
    }
    List<List<String>> statements = dialect.renderVersion(operations, before);
    boolean autoCommit = connection.getAutoCommit();
    try {
      if (dialect.hasTransactionalDdl()) {
        connection.setAutoCommit(false);
        return inTransaction(operations, statements, onSuccess);
      }
      connection.setAutoCommit(true);
      return withUndo(operations, statements, schemas, onSuccess, onFailure);
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /**
   * An operation the engine cannot run (a sequence on MySQL) fails the version before any of its
   * statements runs, as a statement the database refused.
   */
  private Optional<ExecutionResult> unrenderable(List<Operation> operations,
      List<Schema> schemas) {
    for (int i = 0; i < operations.size(); i++) {
      Operation operation = operations.get(i);
      try {
        dialect.render(operation, schemas.get(i));
      } catch (UnsupportedOperationException e) {
        return Optional.of(new ExecutionResult.Undone(OperationText.of(operation),
            new SQLFeatureNotSupportedException(e.getMessage())));
      }
    }
    return Optional.empty();
  }

  private ExecutionResult inTransaction(List<Operation> operations,
      List<List<String>> statements, Recorder onSuccess) throws SQLException {
    long start = System.nanoTime();
    String current = "";
    try {
      for (int i = 0; i < operations.size(); i++) {
        Operation operation = operations.get(i);
        if (operation instanceof RunData data) {
          current = DataSteps.describe(data);
          DataSteps.run(data, connection, dialect);
          continue;
        }
        for (String sql : statements.get(i)) {
          current = sql;
          Sql.execute(connection, sql);
        }
      }
      current = "(recording the version in " + HistoryTable.NAME + ")";
      onSuccess.record(Duration.ofNanos(System.nanoTime() - start));
      connection.commit();
      return new ExecutionResult.Completed(Duration.ofNanos(System.nanoTime() - start));
    } catch (SQLException e) {
      Sql.rollbackQuietly(connection, e);
      return new ExecutionResult.Undone(current, e);
    }
  }

  private ExecutionResult withUndo(List<Operation> operations, List<List<String>> statements,
      List<Schema> schemas, Recorder onSuccess, FailureRecorder onFailure) throws SQLException {
    long start = System.nanoTime();
    List<Operation> done = new ArrayList<>();
    for (int i = 0; i < operations.size(); i++) {
      Operation operation = operations.get(i);
      if (operation instanceof RunData data) {
        try {
          DataSteps.runAlone(data, connection, dialect);
        } catch (SQLException e) {
          return undo(done, schemas, DataSteps.describe(data), e, onFailure);
        }
        done.add(operation);
        continue;
      }
      int ran = 0;
      for (String sql : statements.get(i)) {
        try {
          Sql.execute(connection, sql);
          ran++;
        } catch (SQLException e) {
          if (ran > 0) {
            // Each statement sets one aspect to its final value, so the inverse's statements
            // bring a half-done operation back as well.
            done.add(operation);
          }
          return undo(done, schemas, sql, e, onFailure);
        }
      }
      done.add(operation);
    }
    try {
      onSuccess.record(Duration.ofNanos(System.nanoTime() - start));
    } catch (SQLException e) {
      return undo(done, schemas, "(recording the version in " + HistoryTable.NAME + ")", e,
          onFailure);
    }
    return new ExecutionResult.Completed(Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * Runs the inverses of the operations done, newest first. {@code done} is a prefix of the
   * version's operations, so the inverse of {@code done[i]} applies to {@code schemas[i + 1]}.
   */
  private ExecutionResult undo(List<Operation> done, List<Schema> schemas,
      String failedStatement, SQLException cause, FailureRecorder onFailure) {
    for (int i = done.size() - 1; i >= 0; i--) {
      Operation inverse = done.get(i).inverse();
      for (String sql : undoStatements(inverse, schemas.get(i + 1))) {
        try {
          if (inverse instanceof RunData data) {
            DataSteps.runAlone(data, connection, dialect);
          } else {
            Sql.execute(connection, sql);
          }
        } catch (SQLException undoCause) {
          List<Operation> left = done.subList(0, i + 1);
          try {
            onFailure.record(left);
          } catch (SQLException e) {
            undoCause.addSuppressed(e);
          }
          return new ExecutionResult.Incomplete(failedStatement, cause, sql, undoCause, left);
        }
      }
    }
    return new ExecutionResult.Undone(failedStatement, cause);
  }

  /** The statements of an undo step; a data step's downgrade counts as one, by its name. */
  private List<String> undoStatements(Operation inverse, Schema before) {
    return inverse instanceof RunData data ? List.of(DataSteps.describe(data))
        : dialect.render(inverse, before);
  }

  /** The schema before each operation, and after the last: one more than the operations. */
  private static List<Schema> schemasAround(List<Operation> operations, Schema before) {
    List<Schema> schemas = new ArrayList<>(operations.size() + 1);
    Schema schema = before;
    schemas.add(schema);
    for (Operation operation : operations) {
      schema = operation.applyTo(schema);
      schemas.add(schema);
    }
    return schemas;
  }

  static String failedDescription(String description, String direction, List<Operation> left) {
    return description + " [" + direction + " failed; left applied: "
        + left.stream().map(OperationText::of).collect(Collectors.joining("; ")) + "]";
  }

  @FunctionalInterface
  private interface Recorder {
    void record(Duration elapsed) throws SQLException;
  }

  @FunctionalInterface
  private interface FailureRecorder {
    void record(List<Operation> leftApplied) throws SQLException;
  }
}
