package com.example.tasks.schemata;

import dev.schemata.runtime.ops.MigrationIndex;
import dev.schemata.runtime.ops.VersionedMigration;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The migrations of this module, versions 1 to 3, in version order.
 */
@Generated("dev.schemata.processor.SchemataProcessor")
public final class SchemataMigrations implements MigrationIndex {
  @Override
  public List<VersionedMigration> migrations() {
    return List.of(
        new VersionedMigration(1, "Create tasks, conversations and messages",
            "fe8222516533f1b9f3ae34589b62c46a068e530985a85def855bfe5f0e30e4b9",
            new V0001_CreateTasksConversationsAndMessages()),
        new VersionedMigration(2, "Reshape tasks and threads",
            "bcd9b03aadf28b78c69b9dcf65fc738b6e10a1b1620f146bf46ccc147c174921",
            new V0002_ReshapeTasksAndThreads()),
        new VersionedMigration(3, "Archive threads",
            "8af8b58fc0c110e24b286b05f3d3f393ffbd06bffb400133fff6caff60cc56ff",
            new V0003_ArchiveThreads()));
  }
}
