package dev.schemata.runtime.ops;

import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Table;
import java.util.HashSet;
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

  /**
   * Checks a table against the definition an operation carries. Column order is not compared:
   * added columns go to the end, so a downgrade that re-adds a dropped column cannot restore its
   * position, and the order has no effect on what the table holds.
   */
  static void requireSameTable(Table current, Table expected) {
    Table reordered = new Table(current.name(), expected.columns(), current.primaryKey(),
        current.indexes(), current.uniqueConstraints(), current.foreignKeys());
    boolean sameColumns = current.columns().size() == expected.columns().size()
        && new HashSet<>(current.columns()).equals(new HashSet<>(expected.columns()));
    if (!sameColumns || !reordered.equals(expected)) {
      throw new InapplicableOperationException("table " + current.name() + " is " + current
          + ", not " + expected);
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
