package dev.schemata.runtime;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.jdbc.DatabaseLock;
import dev.schemata.runtime.jdbc.HistoryEntry;
import dev.schemata.runtime.jdbc.HistoryTable;
import dev.schemata.runtime.ops.VersionedMigration;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link Migrator#repair(boolean)}: forgets the failed versions once the operator has brought
 * the schema back to the version before them, as the failure message told them to, and realigns
 * checksums when asked.
 *
 * <p>Whichever way a version failed, the repaired database is at the version below it: after a
 * failed upgrade the operator undoes what was left, after a failed downgrade they finish it.
 */
final class Repair {
  private static final System.Logger LOG = System.getLogger("dev.schemata.runtime");

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
        List<Integer> removed = HistoryTable.deleteFailed(connection);
        removed.forEach(version -> LOG.log(Level.INFO,
            "removed failed version {0} from {1}", version, HistoryTable.NAME));
        List<Integer> realigned = realignChecksums ? realign(connection) : List.of();
        return new RepairResult(removed, realigned);
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw Errors.database("repairing " + HistoryTable.NAME, e);
    }
  }

  private List<Integer> realign(Connection connection) throws SQLException {
    List<Integer> realigned = new ArrayList<>();
    for (HistoryEntry entry : HistoryTable.read(connection).orElse(List.of())) {
      Optional<VersionedMigration> code = migrations.get(entry.version());
      if (code.isPresent() && !code.get().checksum().equals(entry.checksum())) {
        try (PreparedStatement update = connection.prepareStatement("update "
            + HistoryTable.NAME + " set checksum = ? where version = ?")) {
          update.setString(1, code.get().checksum());
          update.setInt(2, entry.version());
          update.executeUpdate();
        }
        realigned.add(entry.version());
      }
    }
    return realigned;
  }
}
