package dev.schemata.runtime.ops;

import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Table;
import java.util.Objects;

/**
 * Creates an index.
 *
 * @param table the indexed table
 * @param index the index
 */
public record CreateIndex(String table, Index index) implements Operation {

  public CreateIndex {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(index, "index");
  }

  @Override
  public Operation inverse() {
    return new DropIndex(table, index);
  }

  @Override
  public Schema applyTo(Schema schema) {
    Table current = Schemas.requireTable(schema, table);
    if (current.index(index.name()).isPresent()) {
      throw new InapplicableOperationException(
          "table " + table + " has an index " + index.name() + " already");
    }
    return schema.with(Schemas.checked(() -> current.withIndex(index)));
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitCreateIndex(this);
  }
}
