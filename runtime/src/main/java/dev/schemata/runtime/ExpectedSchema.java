package dev.schemata.runtime;

import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.ops.InapplicableOperationException;
import dev.schemata.runtime.ops.Operation;
import dev.schemata.runtime.ops.VersionedMigration;

/** The schema a database at some version should have: the replay of the code's upgrades. */
final class ExpectedSchema {
  private ExpectedSchema() {}

  /** The schema after the upgrades of every version up to {@code version}, from empty. */
  static Schema at(Migrations migrations, int version) {
    Schema schema = Schema.EMPTY;
    for (VersionedMigration migration : migrations.between(0, version)) {
      migrations.verify(migration);
      for (Operation operation : migration.upgradeOperations()) {
        try {
          schema = operation.applyTo(schema);
        } catch (InapplicableOperationException e) {
          throw Errors.stale(migration, "its upgrade does not apply to the schema of the"
              + " versions before it (" + e.getMessage() + ")");
        }
      }
    }
    return schema;
  }
}
