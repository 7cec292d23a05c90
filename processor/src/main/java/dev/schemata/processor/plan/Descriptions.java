package dev.schemata.processor.plan;

import dev.schemata.runtime.ops.AddColumn;
import dev.schemata.runtime.ops.AlterColumn;
import dev.schemata.runtime.ops.AlterSequence;
import dev.schemata.runtime.ops.CreateSequence;
import dev.schemata.runtime.ops.CreateTable;
import dev.schemata.runtime.ops.DropColumn;
import dev.schemata.runtime.ops.DropSequence;
import dev.schemata.runtime.ops.Operation;
import dev.schemata.runtime.ops.RenameColumn;
import dev.schemata.runtime.ops.RenameTable;
import dev.schemata.runtime.ops.RunData;
import java.util.List;

/** Derives a description for a version whose {@code @SchemaVersion} gives none. */
final class Descriptions {
  private Descriptions() {}

  static String derive(int version, List<Operation> operations) {
    if (version == 1) {
      return "initial schema";
    }
    // A new entity's sequence comes before its table; the table says more.
    Operation first = operations.stream().filter(op -> !isSequence(op)).findFirst()
        .orElse(operations.get(0));
    String text;
    if (first instanceof CreateSequence create) {
      text = "create sequence " + create.table();
    } else if (first instanceof CreateTable create) {
      text = "create " + create.table();
    } else if (first instanceof AddColumn add) {
      text = "add " + add.table() + " " + add.column().name();
    } else if (first instanceof DropColumn drop) {
      text = "drop " + drop.table() + " " + drop.column().name();
    } else if (first instanceof AlterColumn alter) {
      text = "alter " + alter.table() + " " + alter.from().name();
    } else if (first instanceof RenameTable rename) {
      text = "rename " + rename.table() + " to " + rename.newName();
    } else if (first instanceof RenameColumn rename) {
      text = "rename " + rename.table() + " " + rename.column() + " to " + rename.newName();
    } else if (first instanceof RunData data) {
      text = "data " + data.step().substring(data.step().lastIndexOf('.') + 1);
    } else {
      text = "change " + first.table();
    }
    boolean more = operations.stream().filter(op -> isSequence(op) == isSequence(first))
        .anyMatch(op -> !op.table().equals(first.table()));
    return more ? text + " and more" : text;
  }

  private static boolean isSequence(Operation operation) {
    return operation instanceof CreateSequence || operation instanceof DropSequence
        || operation instanceof AlterSequence;
  }
}
