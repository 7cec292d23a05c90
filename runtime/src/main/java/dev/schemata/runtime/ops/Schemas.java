package dev.schemata.runtime.ops;

import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Table;
import java.util.function.Supplier;

/** The checks that operations make before they change a schema. */
final class Schemas {
  private Schemas() {}

  static Table requireTable(Schema schema, String name) {
    return schema.table(name).orElseThrow(
        () -> new InapplicableOperationException("there is no table " + name));
  }

  static void requireNoTable(Schema schema, String name) {
    if (schema.table(name).isPresent()) {
      throw new InapplicableOperationException("table " + name + " exists already");
    }
  }

  static void requireEqual(Object actual, Object expected, String what) {
    if (!actual.equals(expected)) {
      throw new InapplicableOperationException(what + " is " + actual + ", not " + expected);
    }
  }

  static void requireNotReferenced(Schema schema, String table, String column) {
    for (Table other : schema.tables().values()) {
      for (ForeignKey key : other.foreignKeys()) {
        boolean hit = key.referencedTable().equals(table)
            && (column == null || key.referencedColumns().contains(column));
        if (hit && !(column == null && other.name().equals(table))) {
          throw new InapplicableOperationException((column == null ? "table " + table
              : "column " + table + "." + column) + " is referenced by foreign key "
              + key.name() + " of table " + other.name());
        }
      }
    }
  }

  /** Runs a model change, turning a broken invariant into an inapplicable operation. */
  static <T> T checked(Supplier<T> change) {
    try {
      return change.get();
    } catch (IllegalArgumentException e) {
      throw new InapplicableOperationException(e.getMessage());
    }
  }
}
