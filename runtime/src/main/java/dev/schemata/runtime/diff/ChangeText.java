package dev.schemata.runtime.diff;

import dev.schemata.runtime.diff.ChangeSummary.Change;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.ops.AddColumn;
import dev.schemata.runtime.ops.AddForeignKey;
import dev.schemata.runtime.ops.AddUniqueConstraint;
import dev.schemata.runtime.ops.AlterColumn;
import dev.schemata.runtime.ops.AlterSequence;
import dev.schemata.runtime.ops.CreateIndex;
import dev.schemata.runtime.ops.CreateSequence;
import dev.schemata.runtime.ops.CreateTable;
import dev.schemata.runtime.ops.DropColumn;
import dev.schemata.runtime.ops.DropForeignKey;
import dev.schemata.runtime.ops.DropIndex;
import dev.schemata.runtime.ops.DropSequence;
import dev.schemata.runtime.ops.DropTable;
import dev.schemata.runtime.ops.DropUniqueConstraint;
import dev.schemata.runtime.ops.Operation;
import dev.schemata.runtime.ops.OperationText;
import dev.schemata.runtime.ops.OperationVisitor;
import dev.schemata.runtime.ops.RenameColumn;
import dev.schemata.runtime.ops.RenameTable;
import dev.schemata.runtime.ops.RunData;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Writes the {@link Change} line of one operation. */
final class ChangeText implements OperationVisitor<Change> {
  private static final ChangeText INSTANCE = new ChangeText();

  private ChangeText() {}

  static Change of(Operation operation) {
    return operation.accept(INSTANCE);
  }

  @Override
  public Change visitCreateTable(CreateTable op) {
    return new Change(op.table(), null, "new table " + op.table());
  }

  @Override
  public Change visitDropTable(DropTable op) {
    return new Change(op.table(), null, "dropped table " + op.table());
  }

  @Override
  public Change visitRenameTable(RenameTable op) {
    return new Change(op.newName(), null,
        "renamed table " + op.table() + " to " + op.newName());
  }

  @Override
  public Change visitAddColumn(AddColumn op) {
    return new Change(op.table(), op.column().name(),
        "new column " + OperationText.of(op.column()));
  }

  @Override
  public Change visitDropColumn(DropColumn op) {
    return new Change(op.table(), op.column().name(), "dropped column " + op.column().name());
  }

  @Override
  public Change visitAlterColumn(AlterColumn op) {
    return new Change(op.table(), op.from().name(),
        "column " + op.from().name() + ": " + String.join(", ", differences(op.from(), op.to())));
  }

  @Override
  public Change visitRenameColumn(RenameColumn op) {
    return new Change(op.table(), op.newName(),
        "renamed column " + op.column() + " to " + op.newName());
  }

  @Override
  public Change visitCreateIndex(CreateIndex op) {
    return new Change(op.table(), single(op.index().columns()),
        "new " + Phrases.index(op.index()));
  }

  @Override
  public Change visitDropIndex(DropIndex op) {
    return new Change(op.table(), single(op.index().columns()),
        "dropped " + Phrases.index(op.index()));
  }

  @Override
  public Change visitAddUniqueConstraint(AddUniqueConstraint op) {
    return new Change(op.table(), single(op.constraint().columns()),
        "new " + Phrases.unique(op.constraint()));
  }

  @Override
  public Change visitDropUniqueConstraint(DropUniqueConstraint op) {
    return new Change(op.table(), single(op.constraint().columns()),
        "dropped " + Phrases.unique(op.constraint()));
  }

  @Override
  public Change visitAddForeignKey(AddForeignKey op) {
    return new Change(op.table(), single(op.foreignKey().columns()),
        "new " + Phrases.foreignKey(op.foreignKey()));
  }

  @Override
  public Change visitDropForeignKey(DropForeignKey op) {
    return new Change(op.table(), single(op.foreignKey().columns()),
        "dropped " + Phrases.foreignKey(op.foreignKey()));
  }

  @Override
  public Change visitCreateSequence(CreateSequence op) {
    return new Change(op.table(), null, "new sequence " + op.table() + " ("
        + Phrases.sequenceSettings(op.sequence()) + ")");
  }

  @Override
  public Change visitDropSequence(DropSequence op) {
    return new Change(op.table(), null, "dropped sequence " + op.table());
  }

  @Override
  public Change visitRunData(RunData op) {
    return new Change(op.step(), null, (op.undo() ? "undoes" : "runs") + " data step "
        + op.step());
  }

  @Override
  public Change visitAlterSequence(AlterSequence op) {
    List<String> differences = new ArrayList<>();
    if (op.from().start() != op.to().start()) {
      differences.add("start " + op.from().start() + " -> " + op.to().start());
    }
    if (op.from().increment() != op.to().increment()) {
      differences.add("increment " + op.from().increment() + " -> " + op.to().increment());
    }
    return new Change(op.table(), null,
        "sequence " + op.table() + ": " + String.join(", ", differences));
  }

  /** Each attribute that changes as {@code before -> after}, in a fixed order. */
  private static List<String> differences(Column from, Column to) {
    List<String> differences = new ArrayList<>(
        Phrases.columnDifferences(from, to, (before, after) -> before + " -> " + after));
    if (!from.values().equals(to.values())) {
      differences.add("values " + from.values() + " -> " + to.values());
    }
    if (!Objects.equals(from.enumType(), to.enumType())) {
      differences.add(restriction(from) + " -> " + restriction(to));
    }
    return differences;
  }

  /** How an enum column is held on PostgreSQL, which alone tells the two apart. */
  private static String restriction(Column column) {
    return column.enumType() == null ? "check constraint" : "enum type " + column.enumType();
  }

  private static String single(List<String> columns) {
    return columns.size() == 1 ? columns.get(0) : null;
  }
}
