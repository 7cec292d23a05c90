package dev.schemata.runtime.ops;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Table;
import java.util.Objects;

/**
 * Renames a column, keeping its values; keys, indexes and foreign keys that name it follow.
 *
 * @param table the table
 * @param column the current column name
 * @param newName the name after the operation
 */
public record RenameColumn(String table, String column, String newName) implements Operation {

  public RenameColumn {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(newName, "newName");
  }

  @Override
  public Operation inverse() {
    return new RenameColumn(table, newName, column);
  }

  @Override
  public Schema applyTo(Schema schema) {
    Table current = Schemas.requireTable(schema, table);
    Column existing = current.column(column).orElseThrow(
        () -> new InapplicableOperationException("table " + table + " has no column " + column));
    if (current.column(newName).isPresent()) {
      throw new InapplicableOperationException(
          "table " + table + " has a column " + newName + " already");
    }
    return schema.with(current.withColumnReplaced(column, existing.renamed(newName)))
        .mapTables(t -> t.withReferencedColumnRenamed(table, column, newName));
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitRenameColumn(this);
  }
}
