package dev.schemata.cli;

import dev.schemata.runtime.AppliedVersion;
import dev.schemata.runtime.MigrateResult;
import dev.schemata.runtime.Migrator;
import dev.schemata.runtime.StatusResult;
import dev.schemata.runtime.ops.VersionedMigration;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migrate}: upgrades to the head, or to a version, one version at a time. */
@Command(name = "migrate", aliases = "upgrade",
    description = {"Upgrade to the head or to a version.", "",
    "Upgrades the database to the"
    + " head version, or to the version given with --to, printing each version as it runs and"
    + " how long it took. Each version is all or nothing."})
final class MigrateCommand extends DatabaseCommand {
  @Option(names = "--to", paramLabel = "VERSION",
      description = "The version to reach; the head when not given.")
  Integer to;

  @Override
  int run() {
    Migrator migrator = migrator();
    StatusResult status = migrator.status();
    int target = to == null ? status.headVersion() : to;
    if (target != 0 && migrator.migrations().stream().noneMatch(v -> v.version() == target)) {
      // The runtime refuses an unknown version in its own words, before anything runs.
      migrator.migrateTo(target);
    }
    List<VersionedMigration> pending = migrator.migrations().stream()
        .filter(v -> v.version() > status.currentVersion() && v.version() <= target).toList();
    PrintWriter out = out();
    if (!output.json) {
      out.println(pending.isEmpty() ? "Database " + displayUrl() + " is at version "
          + status.currentVersion() + "; nothing to migrate." : "Migrating " + displayUrl()
          + " from version " + status.currentVersion() + " to " + target + ".");
    }
    List<AppliedVersion> applied = new ArrayList<>();
    // One call per version, so that each is reported as soon as it is done; a version the
    // runtime refuses (failed history, a changed checksum, an unknown target) stops here.
    MigrateResult result = pending.isEmpty() ? migrator.migrateTo(target) : null;
    for (VersionedMigration version : pending) {
      if (!output.json) {
        out.print("  upgrading to version " + version.version() + " (" + version.description()
            + ") ... ");
        out.flush();
      }
      try {
        result = migrator.migrateTo(version.version());
      } catch (RuntimeException e) {
        if (!output.json) {
          out.println(style().bad("failed"));
        }
        throw e;
      }
      applied.addAll(result.applied());
      if (!output.json) {
        out.println(result.applied().isEmpty() ? "already applied" : style().good(
            Times.duration(result.applied().get(0).executionTime())));
      }
    }
    int current = result.currentVersion();
    if (output.json) {
      Json.object(out, json -> {
        json.writeNumberField("initialVersion", status.currentVersion());
        json.writeNumberField("currentVersion", current);
        json.writeNumberField("headVersion", status.headVersion());
        json.writeArrayFieldStart("applied");
        for (AppliedVersion version : applied) {
          json.writeStartObject();
          json.writeNumberField("version", version.version());
          json.writeStringField("description", version.description());
          Json.millis(json, "executionMs", version.executionTime());
          json.writeEndObject();
        }
        json.writeEndArray();
      });
    } else if (!pending.isEmpty()) {
      out.println("Database is at version " + current + " of " + status.headVersion() + ".");
    }
    return ExitCode.OK;
  }
}
