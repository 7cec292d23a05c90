package dev.schemata.runtime.ops;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Table;
import java.util.Objects;

/**
 * Changes a column's type, nullability, default or identity, keeping its name and position. Holds
 * the column before and after, so the inverse swaps them.
 *
 * @param table the table
 * @param from the column before the change
 * @param to the column after the change, under the same name
 */
public record AlterColumn(String table, Column from, Column to) implements Operation {

  public AlterColumn {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.name().equals(to.name())) {
      throw new IllegalArgumentException("altering column " + table + "." + from.name()
          + " cannot rename it to " + to.name() + "; rename it with its own operation");
    }
    if (from.equals(to)) {
      throw new IllegalArgumentException("altering column " + table + "." + from.name()
          + " changes nothing");
    }
  }

  @Override
  public Operation inverse() {
    return new AlterColumn(table, to, from);
  }

  @Override
  public Schema applyTo(Schema schema) {
    Table current = Schemas.requireTable(schema, table);
    Column existing = current.column(from.name()).orElseThrow(
        () -> new InapplicableOperationException(
            "table " + table + " has no column " + from.name()));
    Schemas.requireEqual(existing, from, "column " + table + "." + from.name());
    return schema.with(current.withColumnReplaced(from.name(), to));
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitAlterColumn(this);
  }
}
