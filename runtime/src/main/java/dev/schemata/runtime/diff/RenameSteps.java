package dev.schemata.runtime.diff;

import dev.schemata.runtime.diff.DiffHints.ColumnName;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.ops.Operation;
import dev.schemata.runtime.ops.RenameColumn;
import dev.schemata.runtime.ops.RenameTable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Turns rename hints into {@link RenameTable} and {@link RenameColumn} operations, tables first
 * (column hints name tables by their new names), each set in name order. A rename whose new name
 * is still taken by another rename's old name waits for that one; renames that wait on each
 * other in a circle are refused.
 */
final class RenameSteps {
  private final List<Operation> operations = new ArrayList<>();
  private Schema schema;

  private RenameSteps(Schema from) {
    this.schema = from;
  }

  /** The operations, and the old schema with them applied. */
  record Result(List<Operation> operations, Schema renamed) {}

  static Result of(Schema from, DiffHints hints) {
    RenameSteps steps = new RenameSteps(from);
    steps.tables(hints.renamedTables());
    steps.columns(hints.renamedColumns());
    return new Result(List.copyOf(steps.operations), steps.schema);
  }

  private void tables(Map<String, String> renames) {
    renames.forEach((old, name) -> {
      if (schema.table(old).isEmpty()) {
        throw new IllegalArgumentException("cannot rename table " + old + " to " + name
            + ": the old schema has no table " + old);
      }
    });
    run(renames, name -> schema.table(name).isPresent(), RenameTable::new,
        old -> "table " + old);
  }

  private void columns(Map<ColumnName, String> renames) {
    Map<ColumnName, ColumnName> targets = new LinkedHashMap<>();
    renames.forEach((old, name) -> {
      Table table = schema.table(old.table()).orElseThrow(() -> new IllegalArgumentException(
          "cannot rename column " + old + " to " + name + ": the old schema has no table "
              + old.table()));
      if (table.column(old.column()).isEmpty()) {
        throw new IllegalArgumentException("cannot rename column " + old + " to " + name
            + ": the old schema has no column " + old);
      }
      targets.put(old, new ColumnName(old.table(), name));
    });
    run(targets, c -> schema.table(c.table()).flatMap(t -> t.column(c.column())).isPresent(),
        (old, name) -> new RenameColumn(old.table(), old.column(), name.column()),
        old -> "column " + old);
  }

  /** Applies the renames whose new name is free, pass after pass, until all are done. */
  private <K> void run(Map<K, K> renames, Predicate<K> taken,
      BiFunction<K, K, Operation> operation, Function<K, String> describe) {
    Map<K, K> pending = new LinkedHashMap<>(renames);
    while (!pending.isEmpty()) {
      boolean progress = false;
      for (Iterator<Map.Entry<K, K>> it = pending.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<K, K> rename = it.next();
        if (!taken.test(rename.getValue())) {
          Operation op = operation.apply(rename.getKey(), rename.getValue());
          schema = op.applyTo(schema);
          operations.add(op);
          it.remove();
          progress = true;
        }
      }
      if (!progress) {
        Map.Entry<K, K> stuck = pending.entrySet().iterator().next();
        String what = describe.apply(stuck.getKey()) + " to " + describe.apply(stuck.getValue());
        if (pending.containsKey(stuck.getValue())) {
          throw new UnsupportedChangeException("renaming " + what + " needs the name of another"
              + " renamed object, which waits for this one in turn; Schemata cannot swap names"
              + " in one version yet: rename one of them in a version of its own");
        }
        throw new IllegalArgumentException("cannot rename " + what + ": the name is taken");
      }
    }
  }
}
