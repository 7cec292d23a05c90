package dev.schemata.runtime;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.diff.ChangeSummary;
import dev.schemata.runtime.diff.DriftSummary;
import dev.schemata.runtime.diff.SchemaDiffer;
import dev.schemata.runtime.jdbc.SchemaReader;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.ops.Operation;
import dev.schemata.runtime.ops.OperationText;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares the live schema with the one the history says it should have, through the same differ
 * that plans migrations: every operation that would turn the expected schema into the live one is
 * a difference.
 */
final class SchemaComparison {
  private SchemaComparison() {}

  /** Every difference between the live schema of the connection and {@code expected}. */
  static List<SchemaDifference> against(Connection connection, Dialect dialect, Schema expected)
      throws SQLException {
    Schema live;
    try {
      live = SchemaReader.read(connection, dialect);
    } catch (IllegalStateException e) {
      throw new SchemataException(ErrorCode.SCHEMA_MISMATCH, "The live schema cannot be"
          + " compared: " + e.getMessage() + ". Drop or change that column, or compare by hand.",
          e);
    }
    return of(expected, LiveSchema.normalised(live, expected, dialect));
  }

  /** Every difference between two schemas whose names are spelled alike. */
  static List<SchemaDifference> of(Schema expected, Schema live) {
    List<SchemaDifference> differences = new ArrayList<>();
    // The differ cannot change a kept table's primary key; report it and compare the rest.
    Schema comparable = live.mapTables(table -> expected.table(table.name())
        .filter(want -> !want.primaryKey().equals(table.primaryKey()))
        .map(want -> {
          differences.add(new SchemaDifference(table.name(), null, "primary key "
              + key(want) + " expected, " + key(table) + " found"));
          return new Table(table.name(), table.columns(), want.primaryKey(), table.indexes(),
              table.uniqueConstraints(), table.foreignKeys());
        }).orElse(table));
    List<Operation> operations = SchemaDiffer.diff(expected, comparable);
    // The differ rebuilds a key or index on a column whose type changes; that is no difference.
    Set<String> texts = new HashSet<>();
    operations.forEach(op -> texts.add(OperationText.of(op)));
    for (Operation operation : operations) {
      String inverse = OperationText.of(operation.inverse());
      if (!texts.contains(inverse)) {
        ChangeSummary.Change difference = DriftSummary.of(operation);
        differences.add(new SchemaDifference(difference.table(), difference.column(),
            difference.text()));
      }
    }
    return List.copyOf(differences);
  }

  private static String key(Table table) {
    return "(" + String.join(", ", table.primaryKey()) + ")";
  }
}
