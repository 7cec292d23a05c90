package dev.schemata.cli;

import dev.schemata.runtime.RepairResult;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code repair}: clears failed versions, and realigns checksums when asked. */
@Command(name = "repair", description = {"Clear failed versions; realign checksums on request.", "",
    "Clears failed versions from schemata_history once"
    + " the schema has been brought back by hand to the version below them: what a failed"
    + " upgrade left undone, what a failed downgrade left finished. With --realign-checksums it"
    + " also records the code's checksum for"
    + " applied versions that changed; only do that when the database holds the new"
    + " definition."})
final class RepairCommand extends DatabaseCommand {
  @Option(names = "--realign-checksums",
      description = "Also accept the code's checksums for changed versions.")
  boolean realignChecksums;

  @Override
  int run() {
    RepairResult result = migrator().repair(realignChecksums);
    PrintWriter out = out();
    if (output.json) {
      Json.object(out, json -> {
        Json.numbers(json, "removed", result.removed());
        Json.numbers(json, "realigned", result.realigned());
      });
      return ExitCode.OK;
    }
    if (result.nothingToRepair()) {
      out.println("Nothing to repair in " + displayUrl() + ".");
    }
    line(out, result.removed(), "Removed failed version", "from the history.");
    line(out, result.realigned(), "Recorded the code's checksum for version", ".");
    return ExitCode.OK;
  }

  private static void line(PrintWriter out, List<Integer> versions, String what, String end) {
    if (!versions.isEmpty()) {
      out.println(what + (versions.size() == 1 ? " " : "s ") + String.join(", ",
          versions.stream().map(String::valueOf).toList()) + (end.equals(".") ? "" : " ")
          + end);
    }
  }
}
