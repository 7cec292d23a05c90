package dev.schemata.runtime.ops;

import java.util.List;
import java.util.Objects;

/**
 * A migration with the version it leads to, as listed by a {@link MigrationIndex}.
 *
 * @param version the schema version the upgrade reaches, from 1
 * @param description what the version changes
 * @param checksum the {@link Checksum} of the upgrade operations, computed at compile time
 * @param migration the migration
 */
public record VersionedMigration(int version, String description, String checksum,
    Migration migration) {

  public VersionedMigration {
    if (version < 1) {
      throw new IllegalArgumentException("version " + version + " is below 1");
    }
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(checksum, "checksum");
    Objects.requireNonNull(migration, "migration");
  }

  /** The operations of the upgrade, in order. */
  public List<Operation> upgradeOperations() {
    SchemaChange change = new SchemaChange();
    migration.upgrade(change);
    return change.operations();
  }

  /** The operations of the downgrade, in order. */
  public List<Operation> downgradeOperations() {
    SchemaChange change = new SchemaChange();
    migration.downgrade(change);
    return change.operations();
  }
}
