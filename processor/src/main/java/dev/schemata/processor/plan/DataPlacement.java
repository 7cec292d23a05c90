package dev.schemata.processor.plan;

import dev.schemata.runtime.diff.DataLoss;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.ops.AddColumn;
import dev.schemata.runtime.ops.AddForeignKey;
import dev.schemata.runtime.ops.AddUniqueConstraint;
import dev.schemata.runtime.ops.AlterColumn;
import dev.schemata.runtime.ops.CreateIndex;
import dev.schemata.runtime.ops.DropColumn;
import dev.schemata.runtime.ops.DropTable;
import dev.schemata.runtime.ops.Operation;
import dev.schemata.runtime.ops.RunData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Places a version's data steps among its operations: after everything that adds, renames or
 * widens (so the step finds the new columns), before everything that drops or tightens (so it
 * still finds the old ones, and may fill the new ones before they must hold a value, or set the
 * rows of a column about to be restricted to an enum's constants). An enum
 * column that loses constants first accepts the new ones too, and loses the old ones after the
 * steps, which can move the rows holding them.
 *
 * <p>A new NOT NULL column with no value for existing rows is added nullable and made NOT NULL
 * after the steps, which are expected to fill it: a step that leaves a row without a value fails
 * the version there.
 */
final class DataPlacement {
  private DataPlacement() {}

  /** The operations with the steps' upgrades in place; unchanged when there are no steps. */
  static List<Operation> place(List<Operation> operations, List<String> steps) {
    if (steps.isEmpty()) {
      return operations;
    }
    List<Operation> before = new ArrayList<>();
    List<Operation> after = new ArrayList<>();
    // Once a column waits for the steps, so do its later alters (such as dropping a fill).
    Set<String> waiting = new HashSet<>();
    for (Operation op : operations) {
      if (op instanceof AddColumn add && needsValue(add.column())) {
        Column column = add.column();
        Column open = new Column(column.name(), column.type(), true, null, false,
            column.values(), column.enumType());
        before.add(new AddColumn(add.table(), open));
        after.add(new AlterColumn(add.table(), open, add.column()));
      } else if (op instanceof AlterColumn alter
          && (waiting.contains(key(alter)) || narrowsEnum(alter))) {
        waiting.add(key(alter));
        Column both = withBothConstants(alter);
        if (!both.equals(alter.from())) {
          before.add(new AlterColumn(alter.table(), alter.from(), both));
        }
        after.add(new AlterColumn(alter.table(), both, alter.to()));
      } else if (runsAfter(op)) {
        after.add(op);
        if (op instanceof AlterColumn alter) {
          waiting.add(key(alter));
        }
      } else {
        before.add(op);
      }
    }
    List<Operation> placed = new ArrayList<>(before);
    steps.forEach(step -> placed.add(new RunData(step, false)));
    placed.addAll(after);
    return placed;
  }

  private static boolean needsValue(Column column) {
    return !column.nullable() && column.defaultValue() == null && !column.identity();
  }

  private static String key(AlterColumn alter) {
    return alter.table() + "." + alter.from().name();
  }

  /** Whether a column stops accepting enum constants, or its ordinals change meaning. */
  private static boolean narrowsEnum(AlterColumn alter) {
    return !DataLoss.removedConstants(alter.from(), alter.to()).isEmpty()
        || !DataLoss.changedOrdinals(alter.from(), alter.to()).isEmpty();
  }

  /**
   * The column before the alter, also accepting the names the alter adds, so that a step can
   * move rows from a removed constant to a new one. Only for names: ordinals are renumbered by
   * the steps within the old constants, and keep the warning about them exact.
   */
  private static Column withBothConstants(AlterColumn alter) {
    Column from = alter.from();
    if (DataLoss.removedConstants(from, alter.to()).isEmpty()) {
      return from;
    }
    List<String> values = new ArrayList<>(from.values());
    alter.to().values().stream().filter(value -> !values.contains(value)).forEach(values::add);
    return new Column(from.name(), from.type(), from.nullable(), from.defaultValue(),
        from.identity(), values, from.enumType());
  }

  /** Whether a column that held any value becomes restricted to the constants of an enum. */
  static boolean restrictsToEnum(AlterColumn alter) {
    return !alter.from().isEnum() && alter.to().isEnum();
  }

  private static boolean runsAfter(Operation op) {
    return op instanceof DropColumn || op instanceof DropTable
        || (op instanceof AlterColumn alter && (alter.from().nullable() && !alter.to().nullable()
            || restrictsToEnum(alter)))
        || op instanceof CreateIndex || op instanceof AddUniqueConstraint
        || op instanceof AddForeignKey;
  }
}
