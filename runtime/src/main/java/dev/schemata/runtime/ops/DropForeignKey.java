package dev.schemata.runtime.ops;

import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Table;
import java.util.Objects;

/**
 * Drops a foreign key, carrying its definition for the inverse.
 *
 * @param table the referencing table
 * @param foreignKey the foreign key as it is before the drop
 */
public record DropForeignKey(String table, ForeignKey foreignKey) implements Operation {

  public DropForeignKey {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(foreignKey, "foreignKey");
  }

  @Override
  public Operation inverse() {
    return new AddForeignKey(table, foreignKey);
  }

  @Override
  public Schema applyTo(Schema schema) {
    Table current = Schemas.requireTable(schema, table);
    ForeignKey existing = current.foreignKey(foreignKey.name()).orElseThrow(
        () -> new InapplicableOperationException(
            "table " + table + " has no foreign key " + foreignKey.name()));
    Schemas.requireEqual(existing, foreignKey, "foreign key " + foreignKey.name());
    return schema.with(current.withoutForeignKey(foreignKey.name()));
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitDropForeignKey(this);
  }
}
