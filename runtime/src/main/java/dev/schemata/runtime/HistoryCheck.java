package dev.schemata.runtime;

import dev.schemata.runtime.jdbc.HistoryEntry;
import dev.schemata.runtime.ops.VersionedMigration;
import java.util.ArrayList;
import java.util.List;

/** Checks that the database's history agrees with the code before anything runs. */
final class HistoryCheck {
  private HistoryCheck() {}

  /**
   * The version the database is at, after checking that no version failed, that applied versions
   * are unchanged and known to the code, and that the history has no gap.
   *
   * @throws SchemataException when any check fails
   */
  static int currentVersion(List<HistoryEntry> history, Migrations migrations) {
    for (HistoryEntry entry : history) {
      if (!entry.success()) {
        throw Errors.failedVersion(entry, migrations.before(entry.version()));
      }
    }
    List<HistoryEntry> unknown = history.stream()
        .filter(e -> !migrations.contains(e.version())).toList();
    if (!unknown.isEmpty()) {
      throw Errors.databaseAhead(unknown, migrations.head());
    }
    List<HistoryEntry> changed = new ArrayList<>();
    List<VersionedMigration> code = new ArrayList<>();
    for (HistoryEntry entry : history) {
      VersionedMigration migration = migrations.get(entry.version()).orElseThrow();
      if (!migration.checksum().equals(entry.checksum())) {
        changed.add(entry);
        code.add(migration);
      }
    }
    if (!changed.isEmpty()) {
      throw Errors.checksumMismatch(changed, code);
    }
    int current = history.isEmpty() ? 0 : history.get(history.size() - 1).version();
    for (VersionedMigration migration : migrations.between(0, current)) {
      if (history.stream().noneMatch(e -> e.version() == migration.version())) {
        throw Errors.missingVersion(migration.version(), current);
      }
    }
    return current;
  }
}
