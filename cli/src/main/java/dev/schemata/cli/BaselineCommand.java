package dev.schemata.cli;

import dev.schemata.runtime.BaselineResult;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code baseline}: adopts an existing database at a version, without running anything. */
@Command(name = "baseline", description = {"Adopt an existing database at a version.", "",
    "Records a version, and those before it, as applied"
    + " on a database that already has that schema (an existing database adopting Schemata),"
    + " after checking with the comparison of validate that the schema matches; --force"
    + " records it anyway. Later versions then run with migrate."})
final class BaselineCommand extends DatabaseCommand {
  @Option(names = "--version", paramLabel = "N", required = true,
      description = "The version the database's schema is at.")
  int version;

  @Option(names = "--force", description = "Record the baseline even when the schema differs.")
  boolean force;

  @Override
  int run() {
    BaselineResult result = migrator().baseline(version, force);
    PrintWriter out = out();
    if (output.json) {
      Json.object(out, json -> {
        json.writeNumberField("version", result.version());
        Json.numbers(json, "recorded", result.recorded());
        Differences.json(json, result.differences());
      });
      return ExitCode.OK;
    }
    out.println("Recorded version" + (result.recorded().size() == 1 ? " " : "s 1 to ")
        + result.version() + " as applied on " + displayUrl() + ".");
    if (result.differences().isEmpty()) {
      out.println("The schema matches version " + result.version() + ".");
    } else {
      out.println(style().warn("Forced: the schema differs from version " + result.version()
          + " in " + Differences.places(result.differences().size()) + ":"));
      Differences.text(out, result.differences());
    }
    return ExitCode.OK;
  }
}
