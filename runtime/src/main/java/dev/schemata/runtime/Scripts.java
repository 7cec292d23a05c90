package dev.schemata.runtime;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.ops.Operation;
import dev.schemata.runtime.ops.VersionedMigration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** {@link Migrator#script}: the SQL of a move between versions, rendered without a database. */
final class Scripts {
  private final Migrations migrations;

  Scripts(Migrations migrations) {
    this.migrations = migrations;
  }

  String render(int from, int to, Dialect dialect) {
    for (int version : new int[] {from, to}) {
      if (version < 0 || (version > 0 && !migrations.contains(version))) {
        throw Errors.unknownVersion(version, migrations.head());
      }
    }
    if (dialect == null) {
      throw Errors.configuration("script(...) needs a dialect, such as Dialect.H2");
    }
    boolean up = from <= to;
    List<VersionedMigration> versions = new ArrayList<>(
        migrations.between(Math.min(from, to), Math.max(from, to)));
    // Reports a stale version, or one whose operations do not apply, before anything is
    // rendered.
    migrations.schemaAt(Math.max(from, to));
    if (!up) {
      Collections.reverse(versions);
    }
    StringBuilder script = new StringBuilder();
    for (VersionedMigration migration : versions) {
      List<Operation> operations = up ? migration.upgradeOperations()
          : migration.downgradeOperations();
      // An upgrade applies to the versions below it, a downgrade to those up to its own.
      Schema schema = migrations.schemaAt(up ? migrations.before(migration.version())
          : migration.version());
      for (List<String> statements : dialect.renderVersion(operations, schema)) {
        for (String statement : statements) {
          script.append(statement).append(";\n");
        }
      }
    }
    return script.toString();
  }
}
