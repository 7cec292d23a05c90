package dev.schemata.runtime;

import dev.schemata.runtime.diff.DataLoss;
import dev.schemata.runtime.jdbc.HistoryEntry;
import dev.schemata.runtime.jdbc.HistoryTable;
import dev.schemata.runtime.ops.VersionedMigration;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@link Migrator#status()}: the code's versions joined with the history, without the lock. */
final class StatusView {
  private final Database database;
  private final Migrations migrations;

  StatusView(Database database, Migrations migrations) {
    this.database = database;
    this.migrations = migrations;
  }

  StatusResult read() {
    try (Connection connection = database.connect()) {
      List<HistoryEntry> history = HistoryTable.read(connection).orElse(List.of());
      if (!connection.getAutoCommit()) {
        connection.rollback();
      }
      return of(history);
    } catch (SQLException e) {
      throw Errors.database("reading " + HistoryTable.NAME, e);
    }
  }

  private StatusResult of(List<HistoryEntry> history) {
    Map<Integer, HistoryEntry> applied = new TreeMap<>();
    history.forEach(entry -> applied.put(entry.version(), entry));
    TreeMap<Integer, VersionStatus> versions = new TreeMap<>();
    for (VersionedMigration migration : migrations.all()) {
      HistoryEntry entry = applied.remove(migration.version());
      versions.put(migration.version(), entry == null
          ? new VersionStatus(migration.version(), migration.description(), VersionState.PENDING,
              null, null, null, destroys(migration))
          : status(entry, migration.description(), state(entry, migration),
              destroys(migration)));
    }
    applied.values().forEach(entry -> versions.put(entry.version(), status(entry,
        entry.description(), entry.success() ? VersionState.FUTURE : VersionState.FAILED,
        false)));
    int current = history.stream().filter(HistoryEntry::success)
        .mapToInt(HistoryEntry::version).max().orElse(0);
    return new StatusResult(current, migrations.head(), new ArrayList<>(versions.values()));
  }

  private static VersionState state(HistoryEntry entry, VersionedMigration migration) {
    if (!entry.success()) {
      return VersionState.FAILED;
    }
    return entry.checksum().equals(migration.checksum()) ? VersionState.APPLIED
        : VersionState.CHECKSUM_CHANGED;
  }

  private static VersionStatus status(HistoryEntry entry, String description,
      VersionState state, boolean destroysData) {
    return new VersionStatus(entry.version(), description, state, entry.appliedAt(),
        entry.appliedBy(), entry.executionTime(), destroysData);
  }

  private static boolean destroys(VersionedMigration migration) {
    return DataLoss.destroys(migration.downgradeOperations());
  }
}
