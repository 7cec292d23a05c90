package dev.schemata.runtime.ops;

import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Table;
import java.util.Objects;

/**
 * Renames a table, keeping its rows; foreign keys that reference it follow.
 *
 * @param table the current name
 * @param newName the name after the operation
 */
public record RenameTable(String table, String newName) implements Operation {

  public RenameTable {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(newName, "newName");
  }

  @Override
  public Operation inverse() {
    return new RenameTable(newName, table);
  }

  @Override
  public Schema applyTo(Schema schema) {
    Table current = Schemas.requireTable(schema, table);
    Schemas.requireNoTable(schema, newName);
    return schema.without(table).with(current.renamed(newName))
        .mapTables(t -> t.withReferencedTableRenamed(table, newName));
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitRenameTable(this);
  }
}
