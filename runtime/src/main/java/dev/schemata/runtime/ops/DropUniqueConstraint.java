package dev.schemata.runtime.ops;

import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.model.UniqueConstraint;
import java.util.Objects;

/**
 * Drops a unique constraint, carrying its definition for the inverse.
 *
 * @param table the table
 * @param constraint the constraint as it is before the drop
 */
public record DropUniqueConstraint(String table, UniqueConstraint constraint)
    implements Operation {

  public DropUniqueConstraint {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(constraint, "constraint");
  }

  @Override
  public Operation inverse() {
    return new AddUniqueConstraint(table, constraint);
  }

  @Override
  public Schema applyTo(Schema schema) {
    Table current = Schemas.requireTable(schema, table);
    UniqueConstraint existing = current.uniqueConstraint(constraint.name()).orElseThrow(
        () -> new InapplicableOperationException(
            "table " + table + " has no unique constraint " + constraint.name()));
    Schemas.requireEqual(existing, constraint, "unique constraint " + constraint.name());
    return schema.with(current.withoutUniqueConstraint(constraint.name()));
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitDropUniqueConstraint(this);
  }
}
