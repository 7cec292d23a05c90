package dev.schemata.cli;

import dev.schemata.runtime.StatusResult;
import dev.schemata.runtime.VersionState;
import dev.schemata.runtime.VersionStatus;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code status}: where the database stands against the code, version by version. */
@Command(name = "status", aliases = {"info", "current"},
    description = {"Show the current version and every version's state.", "",
    "Shows the current version and, for every version, whether it is applied"
        + " (when, by whom, how long), pending, failed, or changed since it was applied.",
        "Exits 0 only when the database is at head with nothing failed or changed; 1 when"
        + " versions are pending; 5 when a version failed, changed or is unknown to the code."})
final class StatusCommand extends DatabaseCommand {

  @Override
  int run() {
    StatusResult status = migrator().status();
    if (output.json) {
      Json.object(out(), json -> {
        Json.field(json, "url", displayUrl());
        json.writeNumberField("currentVersion", status.currentVersion());
        json.writeNumberField("headVersion", status.headVersion());
        json.writeBooleanField("atHead", exitCode(status) == ExitCode.OK);
        json.writeArrayFieldStart("versions");
        for (VersionStatus version : status.versions()) {
          json.writeStartObject();
          json.writeNumberField("version", version.version());
          json.writeStringField("description", version.description());
          json.writeStringField("state", version.state().name());
          Json.field(json, "appliedAt", version.appliedAt());
          Json.field(json, "appliedBy", version.appliedBy());
          Json.millis(json, "executionMs", version.executionTime());
          json.writeEndObject();
        }
        json.writeEndArray();
      });
    } else {
      print(status, out());
    }
    return exitCode(status);
  }

  private void print(StatusResult status, PrintWriter out) {
    Style style = style();
    int pending = status.inState(VersionState.PENDING).size();
    out.println("Database " + displayUrl() + " is at version " + status.currentVersion()
        + " of " + status.headVersion() + (pending == 0 ? "" : " (" + pending + " pending)")
        + ".");
    if (status.versions().isEmpty()) {
      out.println("The code has no versions.");
      return;
    }
    TextTable table = new TextTable("Version", "State", "Applied at (UTC)", "By", "Time",
        "Description").painted(1, state -> switch (VersionState.valueOf(state)) {
          case APPLIED -> style.good(state);
          case PENDING -> style.warn(state);
          default -> style.bad(state);
        });
    for (VersionStatus version : status.versions()) {
      table.row(String.valueOf(version.version()), version.state().name(),
          Times.instant(version.appliedAt()),
          version.appliedBy() == null ? "" : version.appliedBy(),
          Times.duration(version.executionTime()), version.description());
    }
    table.print(out);
  }

  static int exitCode(StatusResult status) {
    List<VersionState> troubled = List.of(VersionState.FAILED, VersionState.CHECKSUM_CHANGED,
        VersionState.FUTURE);
    if (status.versions().stream().anyMatch(v -> troubled.contains(v.state()))) {
      return ExitCode.HISTORY;
    }
    return status.currentVersion() == status.headVersion() ? ExitCode.OK : ExitCode.DIFFERENCES;
  }
}
