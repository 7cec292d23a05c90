package shop;

import dev.schemata.runtime.ops.MigrationIndex;
import dev.schemata.runtime.ops.VersionedMigration;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The migrations of this module, versions 1 to 2, in version order.
 */
@Generated("dev.schemata.processor.SchemataProcessor")
public final class SchemataMigrations implements MigrationIndex {
  @Override
  public List<VersionedMigration> migrations() {
    return List.of(
        new VersionedMigration(1, "initial shop",
            "e74899e98d8a2161a4d566004da0a53b04aae045d31e6957a598f74495cc375a",
            new V0001_InitialShop()),
        new VersionedMigration(2, "add order note",
            "58d3009190db6055461f4794c69d6b4709641109594dd57c843b8c9506f89c74",
            new V0002_AddOrderNote()));
  }
}
