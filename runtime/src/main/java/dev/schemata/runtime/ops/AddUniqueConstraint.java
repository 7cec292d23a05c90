package dev.schemata.runtime.ops;

import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.model.UniqueConstraint;
import java.util.Objects;

/**
 * Adds a unique constraint to an existing table.
 *
 * @param table the table
 * @param constraint the constraint
 */
public record AddUniqueConstraint(String table, UniqueConstraint constraint)
    implements Operation {

  public AddUniqueConstraint {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(constraint, "constraint");
  }

  @Override
  public Operation inverse() {
    return new DropUniqueConstraint(table, constraint);
  }

  @Override
  public Schema applyTo(Schema schema) {
    Table current = Schemas.requireTable(schema, table);
    if (current.uniqueConstraint(constraint.name()).isPresent()) {
      throw new InapplicableOperationException(
          "table " + table + " has a unique constraint " + constraint.name() + " already");
    }
    return schema.with(Schemas.checked(() -> current.withUniqueConstraint(constraint)));
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitAddUniqueConstraint(this);
  }
}
