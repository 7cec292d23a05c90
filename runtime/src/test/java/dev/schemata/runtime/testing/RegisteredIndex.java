package dev.schemata.runtime.testing;

import dev.schemata.runtime.ops.MigrationIndex;
import dev.schemata.runtime.ops.VersionedMigration;
import java.util.List;

/** The index that the test resources register under {@code META-INF/services}. */
public final class RegisteredIndex implements MigrationIndex {

  @Override
  public List<VersionedMigration> migrations() {
    return Shop.upTo(1).migrations();
  }

  /** A second index, registered only by the test that needs two. */
  public static final class Other implements MigrationIndex {
    @Override
    public List<VersionedMigration> migrations() {
      return List.of();
    }
  }
}
