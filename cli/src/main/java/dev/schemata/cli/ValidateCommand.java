package dev.schemata.cli;

import dev.schemata.runtime.ValidateResult;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code validate}: the history against the code, and the live schema against the history. */
@Command(name = "validate",
    description = {"Check checksums and compare the live schema with the history.", "",
    "Checks that the applied versions are unchanged in"
    + " the code (checksums), then compares the live schema, read through JDBC metadata, with"
    + " the schema the applied versions build, and reports every difference: a missing index, a"
    + " column widened by hand, a table nobody declared.",
    "Exits 0 when they match, 1 when the schema differs, 5 when the history needs repair."})
final class ValidateCommand extends DatabaseCommand {

  @Override
  int run() {
    ValidateResult result = migrator().validate();
    PrintWriter out = out();
    if (output.json) {
      Json.object(out, json -> {
        Json.field(json, "url", displayUrl());
        json.writeNumberField("currentVersion", result.currentVersion());
        json.writeBooleanField("valid", result.valid());
        Differences.json(json, result.differences());
      });
    } else {
      out.println("Database " + displayUrl() + " is at version " + result.currentVersion()
          + "; the applied versions match the code.");
      if (result.valid()) {
        out.println(style().good("The schema matches version " + result.currentVersion()
            + "."));
      } else {
        out.println(style().bad("The schema differs from version " + result.currentVersion()
            + " in " + Differences.places(result.differences().size()) + ":"));
        Differences.text(out, result.differences());
      }
    }
    return result.valid() ? ExitCode.OK : ExitCode.DIFFERENCES;
  }
}
