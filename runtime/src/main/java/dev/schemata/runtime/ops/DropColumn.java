package dev.schemata.runtime.ops;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Table;
import java.util.Objects;

/**
 * Drops a column, carrying its full definition so that the inverse adds it back exactly. Indexes,
 * constraints and foreign keys on it are dropped by earlier operations.
 *
 * @param table the table
 * @param column the column as it is before the drop
 */
public record DropColumn(String table, Column column) implements Operation {

  public DropColumn {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
  }

  @Override
  public Operation inverse() {
    return new AddColumn(table, column);
  }

  @Override
  public Schema applyTo(Schema schema) {
    Table current = Schemas.requireTable(schema, table);
    Column existing = current.column(column.name()).orElseThrow(
        () -> new InapplicableOperationException(
            "table " + table + " has no column " + column.name()));
    Schemas.requireEqual(existing, column, "column " + table + "." + column.name());
    Schemas.requireNotReferenced(schema, table, column.name());
    return schema.with(Schemas.checked(() -> current.withoutColumn(column.name())));
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitDropColumn(this);
  }
}
