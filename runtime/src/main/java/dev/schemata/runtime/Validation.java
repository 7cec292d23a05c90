package dev.schemata.runtime;

import dev.schemata.runtime.jdbc.HistoryEntry;
import dev.schemata.runtime.jdbc.HistoryTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** {@link Migrator#validate()}: the history against the code, the live schema against both. */
final class Validation {
  private final Database database;
  private final Migrations migrations;

  Validation(Database database, Migrations migrations) {
    this.database = database;
    this.migrations = migrations;
  }

  ValidateResult run() {
    migrations.verifyAll(migrations.all());
    try (Connection connection = database.connect()) {
      List<HistoryEntry> history = HistoryTable.read(connection).orElse(List.of());
      int current = HistoryCheck.currentVersion(history, migrations);
      List<SchemaDifference> differences = SchemaComparison.against(connection,
          database.dialect(connection), migrations.schemaAt(current));
      if (!connection.getAutoCommit()) {
        connection.rollback();
      }
      return new ValidateResult(current, differences);
    } catch (SQLException e) {
      throw Errors.database("validating the schema", e);
    }
  }
}
