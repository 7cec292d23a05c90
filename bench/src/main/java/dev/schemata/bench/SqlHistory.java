package dev.schemata.bench;

import dev.schemata.runtime.Migrator;
import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.ops.MigrationIndex;
import dev.schemata.runtime.ops.VersionedMigration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a history as Flyway scripts and as a Liquibase changelog of the same SQL. */
final class SqlHistory {
  private SqlHistory() {}

  static Path writeFlywayScripts(MigrationIndex history, Path folder) throws IOException {
    Migrator offline = Migrator.configure().migrations(history).load();
    for (VersionedMigration migration : history.migrations()) {
      int version = migration.version();
      Files.writeString(folder.resolve("V" + version + "__table_" + version + ".sql"),
          offline.script(version - 1, version, Dialect.H2));
    }
    return folder;
  }

  static Path writeLiquibaseChangelog(MigrationIndex history, Path folder) throws IOException {
    Migrator offline = Migrator.configure().migrations(history).load();
    StringBuilder changelog = new StringBuilder("databaseChangeLog:\n");
    for (VersionedMigration migration : history.migrations()) {
      int version = migration.version();
      changelog.append("  - changeSet:\n")
          .append("      id: ").append(version).append('\n')
          .append("      author: bench\n")
          .append("      changes:\n")
          .append("        - sql:\n")
          .append("            splitStatements: true\n")
          .append("            sql: |\n");
      for (String line : offline.script(version - 1, version, Dialect.H2).split("\n")) {
        changelog.append("              ").append(line).append('\n');
      }
    }
    Path file = folder.resolve("changelog.yaml");
    Files.writeString(file, changelog.toString());
    return file;
  }
}
