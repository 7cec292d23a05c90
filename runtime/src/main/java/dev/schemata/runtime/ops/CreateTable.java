package dev.schemata.runtime.ops;

import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Table;
import java.util.Objects;

/**
 * Creates a table with its columns, primary key and unique constraints. Indexes and foreign keys
 * are separate operations, so each operation is one statement and foreign keys can wait until
 * every table they reference exists.
 *
 * @param definition the table, without indexes or foreign keys
 */
public record CreateTable(Table definition) implements Operation {

  public CreateTable {
    Objects.requireNonNull(definition, "definition");
    if (!definition.indexes().isEmpty() || !definition.foreignKeys().isEmpty()) {
      throw new IllegalArgumentException("table " + definition.name()
          + " is created without indexes and foreign keys; add them as their own operations");
    }
  }

  @Override
  public String table() {
    return definition.name();
  }

  @Override
  public Operation inverse() {
    return new DropTable(definition);
  }

  @Override
  public Schema applyTo(Schema schema) {
    Schemas.requireNoTable(schema, definition.name());
    return schema.with(definition);
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitCreateTable(this);
  }
}
