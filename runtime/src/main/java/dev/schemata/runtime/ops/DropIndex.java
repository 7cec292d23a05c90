package dev.schemata.runtime.ops;

import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Table;
import java.util.Objects;

/**
 * Drops an index, carrying its definition for the inverse.
 *
 * @param table the indexed table
 * @param index the index as it is before the drop
 */
public record DropIndex(String table, Index index) implements Operation {

  public DropIndex {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(index, "index");
  }

  @Override
  public Operation inverse() {
    return new CreateIndex(table, index);
  }

  @Override
  public Schema applyTo(Schema schema) {
    Table current = Schemas.requireTable(schema, table);
    Index existing = current.index(index.name()).orElseThrow(
        () -> new InapplicableOperationException(
            "table " + table + " has no index " + index.name()));
    Schemas.requireEqual(existing, index, "index " + index.name());
    return schema.with(current.withoutIndex(index.name()));
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitDropIndex(this);
  }
}
