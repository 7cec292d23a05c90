package dev.schemata.cli;

import dev.schemata.runtime.AppliedVersion;
import dev.schemata.runtime.DowngradeResult;
import dev.schemata.runtime.Migrator;
import dev.schemata.runtime.ops.VersionedMigration;
import java.io.Console;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code downgrade}: reverts versions, newest first, after naming the data it destroys. */
@Command(name = "downgrade", description = {"Revert versions, newest first.", "",
    "Reverts the newest versions: down to a version"
    + " (--to) or by a number of versions (--steps 1 is one version down). Names the data the"
    + " downgrade destroys and asks for confirmation on a terminal; --yes skips the question,"
    + " and is needed where there is no terminal."})
final class DowngradeCommand extends DatabaseCommand {

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  @Option(names = {"--yes", "-y"}, description = "Downgrade without asking.")
  boolean yes;

  /** Where to go: exactly one of the two. */
  static final class Target {
    @Option(names = "--to", paramLabel = "VERSION", required = true,
        description = "The version to reach; 0 is the empty schema.")
    Integer to;

    @Option(names = "--steps", paramLabel = "K", required = true,
        description = "How many applied versions to revert.")
    Integer steps;
  }

  @Override
  int run() {
    Migrator migrator = migrator();
    int current = migrator.status().currentVersion();
    List<VersionedMigration> applied = migrator.migrations().stream()
        .filter(v -> v.version() <= current).toList();
    int goal = goal(migrator, applied, current);
    List<VersionedMigration> reverted = new ArrayList<>(applied.stream()
        .filter(v -> v.version() > goal).toList());
    Collections.reverse(reverted);
    PrintWriter out = out();
    if (reverted.isEmpty()) {
      return report(out, current, List.of(), List.of());
    }
    if (!output.json) {
      describe(out, current, goal, reverted);
    }
    confirm(out);
    List<AppliedVersion> done = new ArrayList<>();
    for (int i = 0; i < reverted.size(); i++) {
      VersionedMigration version = reverted.get(i);
      int below = i + 1 < reverted.size() ? reverted.get(i + 1).version() : goal;
      if (!output.json) {
        out.print("  reverting version " + version.version() + " (" + version.description()
            + ") ... ");
        out.flush();
      }
      DowngradeResult result;
      try {
        result = migrator.downgradeTo(below);
      } catch (RuntimeException e) {
        if (!output.json) {
          out.println(style().bad("failed"));
        }
        throw e;
      }
      done.addAll(result.reverted());
      if (!output.json) {
        out.println(style().good(Times.duration(result.reverted().get(0).executionTime())));
      }
    }
    return report(out, goal, done, reverted);
  }

  private int goal(Migrator migrator, List<VersionedMigration> applied, int current) {
    if (target.steps != null) {
      if (target.steps < 1 || target.steps > applied.size()) {
        throw new CliException(ExitCode.SETUP, "Cannot go down " + target.steps + " step"
            + (target.steps == 1 ? "" : "s") + ": the database has " + applied.size()
            + " version" + (applied.size() == 1 ? "" : "s") + " applied. Give --steps 1 to "
            + applied.size() + ", or --to 0 for the empty schema.");
      }
      int index = applied.size() - target.steps - 1;
      return index < 0 ? 0 : applied.get(index).version();
    }
    int to = target.to;
    boolean known = to == 0 || migrator.migrations().stream().anyMatch(v -> v.version() == to);
    if (!known) {
      int head = migrator.migrations().isEmpty() ? 0
          : migrator.migrations().get(migrator.migrations().size() - 1).version();
      throw new CliException(ExitCode.SETUP, "There is no version " + to + ": the migrations"
          + " run from 1 to " + head + " (0 is the empty schema). Run history to list them.");
    }
    if (to > current) {
      throw new CliException(ExitCode.SETUP, "Cannot downgrade to version " + to
          + ": the database is at version " + current + ". Use migrate --to " + to + ".");
    }
    return to;
  }

  private void describe(PrintWriter out, int current, int goal,
      List<VersionedMigration> reverted) {
    out.println("Downgrading " + displayUrl() + " from version " + current + " to " + goal
        + " reverts:");
    for (VersionedMigration version : reverted) {
      List<String> lost = DataLoss.of(version.downgradeOperations());
      out.println("  version " + version.version() + "  " + version.description() + ": "
          + (lost.isEmpty() ? "keeps all data"
              : style().warn("destroys " + String.join("; ", lost))));
    }
    out.flush();
  }

  private void confirm(PrintWriter out) {
    if (yes) {
      return;
    }
    Console console = System.console();
    if (console == null) {
      throw new CliException(ExitCode.CANCELLED, "A downgrade needs confirmation and there is"
          + " no terminal to ask on; nothing was changed. Pass --yes to downgrade anyway.");
    }
    String answer = console.readLine("Downgrade? [y/N] ");
    if (answer == null || !List.of("y", "yes").contains(answer.strip().toLowerCase(Locale.ROOT))) {
      throw new CliException(ExitCode.CANCELLED, "Not confirmed; nothing was changed.");
    }
  }

  private int report(PrintWriter out, int current, List<AppliedVersion> done,
      List<VersionedMigration> reverted) {
    if (output.json) {
      Json.object(out, json -> {
        json.writeNumberField("currentVersion", current);
        json.writeArrayFieldStart("reverted");
        for (AppliedVersion version : done) {
          json.writeStartObject();
          json.writeNumberField("version", version.version());
          json.writeStringField("description", version.description());
          Json.millis(json, "executionMs", version.executionTime());
          Json.strings(json, "destroyed", reverted.stream()
              .filter(v -> v.version() == version.version())
              .flatMap(v -> DataLoss.of(v.downgradeOperations()).stream()).toList());
          json.writeEndObject();
        }
        json.writeEndArray();
      });
    } else {
      out.println(done.isEmpty() ? "Database " + displayUrl() + " is at version " + current
          + "; nothing to downgrade." : "Database is at version " + current + ".");
    }
    return ExitCode.OK;
  }
}
