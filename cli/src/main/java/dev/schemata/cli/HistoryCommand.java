package dev.schemata.cli;

import dev.schemata.runtime.ops.Operation;
import dev.schemata.runtime.ops.OperationText;
import dev.schemata.runtime.ops.VersionedMigration;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code history}: the versions in the code, with their operations; no database needed. */
@Command(name = "history", description = {"List the versions in the code and their operations.", "",
    "Lists the versions in the code with their"
    + " descriptions and operations, one line each, and says which downgrades destroy data"
    + " that upgrading again cannot restore. Needs no database."})
final class HistoryCommand extends CodeCommand {

  @Override
  int run() {
    List<VersionedMigration> versions = configure().load().migrations();
    int head = versions.isEmpty() ? 0 : versions.get(versions.size() - 1).version();
    if (output.json) {
      Json.object(out(), json -> {
        json.writeNumberField("headVersion", head);
        json.writeArrayFieldStart("versions");
        for (VersionedMigration version : versions) {
          json.writeStartObject();
          json.writeNumberField("version", version.version());
          json.writeStringField("description", version.description());
          json.writeStringField("checksum", version.checksum());
          Json.strings(json, "upgrade", texts(version.upgradeOperations()));
          Json.strings(json, "downgrade", texts(version.downgradeOperations()));
          Json.strings(json, "downgradeDestroys", DataLoss.of(version.downgradeOperations()));
          json.writeEndObject();
        }
        json.writeEndArray();
      });
    } else {
      print(versions, head, out());
    }
    return ExitCode.OK;
  }

  private void print(List<VersionedMigration> versions, int head, PrintWriter out) {
    Style style = style();
    out.println("The code has " + versions.size() + " version" + (versions.size() == 1 ? ""
        : "s") + " (head " + head + ").");
    for (VersionedMigration version : versions) {
      out.println();
      out.println(style.bold(version.version() + "  " + version.description()));
      for (Operation operation : version.upgradeOperations()) {
        out.println("     " + OperationText.of(operation));
      }
      List<String> lost = DataLoss.of(version.downgradeOperations());
      out.println(lost.isEmpty() ? "   downgrade keeps all data"
          : "   " + style.warn("downgrade destroys: " + String.join("; ", lost)));
    }
  }

  private static List<String> texts(List<Operation> operations) {
    return operations.stream().map(OperationText::of).toList();
  }
}
