package dev.schemata.runtime.ops;

import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Table;
import java.util.Objects;

/**
 * Adds a foreign key; the referenced table and columns must exist.
 *
 * @param table the referencing table
 * @param foreignKey the foreign key
 */
public record AddForeignKey(String table, ForeignKey foreignKey) implements Operation {

  public AddForeignKey {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(foreignKey, "foreignKey");
  }

  @Override
  public Operation inverse() {
    return new DropForeignKey(table, foreignKey);
  }

  @Override
  public Schema applyTo(Schema schema) {
    Table current = Schemas.requireTable(schema, table);
    if (current.foreignKey(foreignKey.name()).isPresent()) {
      throw new InapplicableOperationException(
          "table " + table + " has a foreign key " + foreignKey.name() + " already");
    }
    Table target = Schemas.requireTable(schema, foreignKey.referencedTable());
    for (String column : foreignKey.referencedColumns()) {
      if (target.column(column).isEmpty()) {
        throw new InapplicableOperationException("foreign key " + foreignKey.name()
            + " references " + target.name() + "." + column + ", which does not exist");
      }
    }
    return schema.with(Schemas.checked(() -> current.withForeignKey(foreignKey)));
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitAddForeignKey(this);
  }
}
