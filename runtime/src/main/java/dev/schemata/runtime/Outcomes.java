package dev.schemata.runtime;

import dev.schemata.runtime.jdbc.ExecutionResult;
import dev.schemata.runtime.ops.VersionedMigration;
import java.lang.System.Logger.Level;

/** Turns how a version's run ended into a result or the error that explains it. */
final class Outcomes {
  private static final System.Logger LOG = System.getLogger("dev.schemata.runtime");

  private Outcomes() {}

  /**
   * The applied version, when the run completed.
   *
   * @param verb {@code upgrade} or {@code downgrade}, for messages
   * @param current the version the database was at before the run
   * @throws SchemataException when the run failed
   */
  static AppliedVersion applied(String verb, VersionedMigration migration,
      ExecutionResult result, int current) {
    if (result instanceof ExecutionResult.Completed completed) {
      LOG.log(Level.INFO, "{0} of version {1} ({2}) took {3} ms", verb, migration.version(),
          migration.description(), completed.executionTime().toMillis());
      return new AppliedVersion(migration.version(), migration.description(),
          completed.executionTime());
    }
    if (result instanceof ExecutionResult.Undone undone) {
      throw Errors.migrationFailed(verb, migration, undone, current);
    }
    throw Errors.undoFailed(verb, migration, (ExecutionResult.Incomplete) result);
  }
}
