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
            "a0b571aa68c227acd469779bf87dccd3d259ea637f37fdf34b813d8e9a0aa38f",
            new V0001_CreateTasksConversationsAndMessages()),
        new VersionedMigration(2, "Reshape tasks and threads",
            "9a585112c5a461bdef0c515afec2a6e7aea58f9a1f4e903d46c8d74b3fd3e95f",
            new V0002_ReshapeTasksAndThreads()),
        new VersionedMigration(3, "Archive threads",
            "8af8b58fc0c110e24b286b05f3d3f393ffbd06bffb400133fff6caff60cc56ff",
            new V0003_ArchiveThreads()));
  }
}
