package dev.schemata.runtime;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.jdbc.DatabaseLock;
import dev.schemata.runtime.jdbc.HistoryTable;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** {@link Migrator#repair()}: forgets failed versions once the operator has cleaned up. */
final class Repair {
  private static final System.Logger LOG = System.getLogger("dev.schemata.runtime");

  private final Database database;

  Repair(Database database) {
    this.database = database;
  }

  RepairResult run() {
    try (Connection connection = database.connect()) {
      Dialect dialect = database.dialect(connection);
      boolean autoCommit = connection.getAutoCommit();
      try (DatabaseLock lock = database.lock(dialect)) {
        connection.setAutoCommit(true);
        List<Integer> removed = HistoryTable.deleteFailed(connection);
        removed.forEach(version -> LOG.log(Level.INFO,
            "removed failed version {0} from {1}", version, HistoryTable.NAME));
        return new RepairResult(removed);
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw Errors.database("repairing " + HistoryTable.NAME, e);
    }
  }
}
