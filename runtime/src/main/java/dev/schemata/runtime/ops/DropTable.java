package dev.schemata.runtime.ops;

import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Table;
import java.util.Objects;

/**
 * Drops a table. Carries the whole definition so that the inverse recreates it exactly; its
 * indexes and foreign keys are dropped by earlier operations.
 *
 * @param definition the table as it is before the drop, without indexes or foreign keys
 */
public record DropTable(Table definition) implements Operation {

  public DropTable {
    Objects.requireNonNull(definition, "definition");
    if (!definition.indexes().isEmpty() || !definition.foreignKeys().isEmpty()) {
      throw new IllegalArgumentException("table " + definition.name()
          + " is dropped after its indexes and foreign keys; drop them as their own operations");
    }
  }

  @Override
  public String table() {
    return definition.name();
  }

  @Override
  public Operation inverse() {
    return new CreateTable(definition);
  }

  @Override
  public Schema applyTo(Schema schema) {
    Table current = Schemas.requireTable(schema, definition.name());
    Schemas.requireSameTable(current, definition);
    Schemas.requireNotReferenced(schema, definition.name(), null);
    return schema.without(definition.name());
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitDropTable(this);
  }
}
