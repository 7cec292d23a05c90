package dev.schemata.runtime.ops;

import java.util.List;

/**
 * Lists an application's migrations. The processor generates one implementation per module that
 * declares a {@code @SchemaVersion} and registers it under {@code META-INF/services}, so the
 * runtime finds the migrations through {@link java.util.ServiceLoader} without scanning the class
 * path.
 */
public interface MigrationIndex {

  /** Every migration, in ascending version order. */
  List<VersionedMigration> migrations();
}
