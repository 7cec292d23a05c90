package dev.schemata.runtime;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.jdbc.DatabaseLock;
import dev.schemata.runtime.jdbc.HistoryEntry;
import dev.schemata.runtime.jdbc.HistoryTable;
import dev.schemata.runtime.ops.VersionedMigration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link Migrator#repair(boolean)}: clears the failed versions of the history once the operator
 * has fixed the database by hand, as the failure message told them to, and realigns checksums
 * when asked.
 *
 * <p>A failed upgrade's row is deleted (the operator undid what was left, so the version is not
 * applied); a failed downgrade's row is marked applied again (the operator restored what the
 * downgrade had removed). The direction is the one the executor wrote into the description.
 */
final class Repair {
  private static final String DOWNGRADE_FAILED = "[downgrade failed";

  private final Database database;
  private final Migrations migrations;

  Repair(Database database, Migrations migrations) {
    this.database = database;
    this.migrations = migrations;
  }

  RepairResult run(boolean realignChecksums) {
    try (Connection connection = database.connect()) {
      Dialect dialect = database.dialect(connection);
      boolean autoCommit = connection.getAutoCommit();
      try (DatabaseLock lock = database.lock(dialect)) {
        connection.setAutoCommit(true);
        List<HistoryEntry> history = HistoryTable.read(connection).orElse(List.of());
        List<Integer> removed = new ArrayList<>();
        List<Integer> restored = new ArrayList<>();
        List<Integer> realigned = new ArrayList<>();
        for (HistoryEntry entry : history) {
          Optional<VersionedMigration> code = migrations.get(entry.version());
          if (!entry.success() && entry.description().contains(DOWNGRADE_FAILED)) {
            update(connection, "update " + HistoryTable.NAME + " set success = ?,"
                + " description = ? where version = ?", true, description(entry, code),
                entry.version());
            restored.add(entry.version());
          } else if (!entry.success()) {
            update(connection, "delete from " + HistoryTable.NAME + " where version = ?",
                entry.version());
            removed.add(entry.version());
            continue;
          }
          if (realignChecksums && code.isPresent()
              && !code.get().checksum().equals(entry.checksum())) {
            update(connection, "update " + HistoryTable.NAME + " set checksum = ?"
                + " where version = ?", code.get().checksum(), entry.version());
            realigned.add(entry.version());
          }
        }
        return new RepairResult(removed, restored, realigned);
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw Errors.database("repairing " + HistoryTable.NAME, e);
    }
  }

  private static String description(HistoryEntry entry,
      Optional<VersionedMigration> code) {
    if (code.isPresent()) {
      return code.get().description();
    }
    int mark = entry.description().indexOf(" " + DOWNGRADE_FAILED);
    return mark < 0 ? entry.description() : entry.description().substring(0, mark);
  }

  private static void update(Connection connection, String sql, Object... values)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }
}
