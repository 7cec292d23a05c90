package dev.schemata.processor.plan;

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
import java.util.List;

/**
 * Places a version's data steps among its operations: after everything that adds, renames or
 * widens (so the step finds the new columns), before everything that drops or tightens (so it
 * still finds the old ones, and may fill the new ones before they must hold a value).
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
    for (Operation op : operations) {
      if (op instanceof AddColumn add && needsValue(add.column())) {
        Column open = new Column(add.column().name(), add.column().type(), true, null, false);
        before.add(new AddColumn(add.table(), open));
        after.add(new AlterColumn(add.table(), open, add.column()));
      } else if (runsAfter(op)) {
        after.add(op);
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

  private static boolean runsAfter(Operation op) {
    return op instanceof DropColumn || op instanceof DropTable
        || (op instanceof AlterColumn alter && alter.from().nullable() && !alter.to().nullable())
        || op instanceof CreateIndex || op instanceof AddUniqueConstraint
        || op instanceof AddForeignKey;
  }
}
