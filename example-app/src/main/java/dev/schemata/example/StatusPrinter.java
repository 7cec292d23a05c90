package dev.schemata.example;

import dev.schemata.runtime.StatusResult;
import dev.schemata.runtime.VersionStatus;
import java.io.PrintStream;

/** Prints a {@link StatusResult} as a table, like {@code flyway info}. */
final class StatusPrinter {
  private StatusPrinter() {}

  static void print(StatusResult status, String url, PrintStream out) {
    out.printf("database %s is at version %d of %d%n", url, status.currentVersion(),
        status.headVersion());
    out.printf("  %-7s  %-16s  %-20s  %-10s  %7s  %s%n", "version", "state", "applied at",
        "applied by", "time", "description");
    for (VersionStatus version : status.versions()) {
      out.printf("  %-7d  %-16s  %-20s  %-10s  %7s  %s%n", version.version(), version.state(),
          version.appliedAt() == null ? "" : version.appliedAt().toString().substring(0, 19),
          version.appliedBy() == null ? "" : version.appliedBy(),
          version.executionTime() == null ? "" : version.executionTime().toMillis() + " ms",
          version.description());
    }
  }
}
