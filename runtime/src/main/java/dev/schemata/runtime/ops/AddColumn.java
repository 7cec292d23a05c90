package dev.schemata.runtime.ops;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Table;
import java.util.Objects;

/**
 * Adds a column at the end of a table.
 *
 * @param table the table
 * @param column the new column
 */
public record AddColumn(String table, Column column) implements Operation {

  public AddColumn {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
  }

  @Override
  public Operation inverse() {
    return new DropColumn(table, column);
  }

  @Override
  public Schema applyTo(Schema schema) {
    Table current = Schemas.requireTable(schema, table);
    if (current.column(column.name()).isPresent()) {
      throw new InapplicableOperationException(
          "table " + table + " has a column " + column.name() + " already");
    }
    return schema.with(current.withColumn(column));
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitAddColumn(this);
  }
}
