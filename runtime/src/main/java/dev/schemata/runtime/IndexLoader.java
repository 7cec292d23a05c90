package dev.schemata.runtime;

import dev.schemata.runtime.ops.MigrationIndex;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** Finds the generated {@link MigrationIndex} through {@link ServiceLoader}. */
final class IndexLoader {
  private static final String SERVICE_FILE =
      "META-INF/services/" + MigrationIndex.class.getName();

  private IndexLoader() {}

  static MigrationIndex load(ClassLoader classLoader) {
    List<ServiceLoader.Provider<MigrationIndex>> providers;
    try {
      providers = ServiceLoader.load(MigrationIndex.class, classLoader).stream().toList();
    } catch (ServiceConfigurationError e) {
      throw new SchemataException(ErrorCode.NO_MIGRATIONS, "The migration index registered in "
          + SERVICE_FILE + " cannot be loaded: " + e.getMessage()
          + ". Rebuild the application so the processor regenerates it.", e);
    }
    if (providers.isEmpty()) {
      throw new SchemataException(ErrorCode.NO_MIGRATIONS, "No migrations were generated: no "
          + MigrationIndex.class.getSimpleName() + " is registered in " + SERVICE_FILE
          + " on the class loader, so the migration index is missing. Put @SchemaVersion on one"
          + " package or class, add schemata-processor to the annotation processor path and"
          + " rebuild; or pass the index with Migrator.configure().migrations(...), or the"
          + " class loader that sees it with classLoader(...).");
    }
    if (providers.size() > 1) {
      String names = providers.stream().map(p -> p.type().getName()).sorted()
          .collect(Collectors.joining(", "));
      throw new SchemataException(ErrorCode.MULTIPLE_INDEXES, "Found " + providers.size()
          + " migration indexes on the class loader: " + names + ". Each describes a whole"
          + " schema, so Schemata cannot choose; pass the one to use with"
          + " Migrator.configure().migrations(new ...()).");
    }
    try {
      return providers.get(0).get();
    } catch (ServiceConfigurationError e) {
      throw new SchemataException(ErrorCode.NO_MIGRATIONS, "The migration index "
          + providers.get(0).type().getName() + " cannot be created: " + e.getMessage(), e);
    }
  }
}
