package dev.schemata.runtime.diff;

import dev.schemata.runtime.diff.ChangeSummary.Change;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.Sequence;
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

/**
 * Words an operation from expected to live as a difference: what the live schema lacks
 * ("missing"), has besides ("unexpected"), or has otherwise ("expected …, found …").
 */
final class DriftText implements OperationVisitor<Change> {
  private static final DriftText INSTANCE = new DriftText();

  private DriftText() {}

  static Change of(Operation operation) {
    return operation.accept(INSTANCE);
  }

  @Override
  public Change visitCreateTable(CreateTable op) {
    return new Change(op.table(), null, "unexpected table (" + columns(op) + ")");
  }

  @Override
  public Change visitDropTable(DropTable op) {
    return new Change(op.table(), null, "missing table");
  }

  @Override
  public Change visitRenameTable(RenameTable op) {
    return new Change(op.table(), null, "table found as " + op.newName());
  }

  @Override
  public Change visitAddColumn(AddColumn op) {
    return new Change(op.table(), op.column().name(),
        "unexpected column " + OperationText.of(op.column()));
  }

  @Override
  public Change visitDropColumn(DropColumn op) {
    return new Change(op.table(), op.column().name(),
        "missing column " + OperationText.of(op.column()));
  }

  @Override
  public Change visitAlterColumn(AlterColumn op) {
    return new Change(op.table(), op.from().name(),
        String.join(", ", differences(op.from(), op.to())));
  }

  @Override
  public Change visitRenameColumn(RenameColumn op) {
    return new Change(op.table(), op.column(), "column found as " + op.newName());
  }

  @Override
  public Change visitCreateIndex(CreateIndex op) {
    return new Change(op.table(), null, "unexpected " + Phrases.index(op.index()));
  }

  @Override
  public Change visitDropIndex(DropIndex op) {
    return new Change(op.table(), null, "missing " + Phrases.index(op.index()));
  }

  @Override
  public Change visitAddUniqueConstraint(AddUniqueConstraint op) {
    return new Change(op.table(), null, "unexpected " + Phrases.unique(op.constraint()));
  }

  @Override
  public Change visitDropUniqueConstraint(DropUniqueConstraint op) {
    return new Change(op.table(), null, "missing " + Phrases.unique(op.constraint()));
  }

  @Override
  public Change visitAddForeignKey(AddForeignKey op) {
    return new Change(op.table(), null, "unexpected " + Phrases.foreignKey(op.foreignKey()));
  }

  @Override
  public Change visitDropForeignKey(DropForeignKey op) {
    return new Change(op.table(), null, "missing " + Phrases.foreignKey(op.foreignKey()));
  }

  @Override
  public Change visitCreateSequence(CreateSequence op) {
    return new Change(op.table(), null, "unexpected sequence ("
        + sequence(op.sequence()) + ")");
  }

  @Override
  public Change visitDropSequence(DropSequence op) {
    return new Change(op.table(), null, "missing sequence ("
        + sequence(op.sequence()) + ")");
  }

  @Override
  public Change visitAlterSequence(AlterSequence op) {
    return new Change(op.table(), null, "sequence " + sequence(op.from())
        + " expected, " + sequence(op.to()) + " found");
  }

  @Override
  public Change visitRunData(RunData op) {
    throw new IllegalArgumentException("a data step is not a schema difference: " + op);
  }

  private static String sequence(Sequence sequence) {
    return Phrases.sequenceSettings(sequence);
  }

  private static String columns(CreateTable op) {
    return String.join(", ", op.definition().columns().stream().map(Column::name).toList());
  }

  /** Each attribute that differs, as {@code expected X, found Y}, in a fixed order. */
  private static List<String> differences(Column expected, Column found) {
    List<String> differences = new ArrayList<>(Phrases.columnDifferences(expected, found,
        (want, have) -> want + " expected, " + have + " found"));
    if (!Objects.equals(expected.enumType(), found.enumType())) {
      differences.add(restriction(expected) + " expected, " + restriction(found) + " found");
    }
    if (expected.enumType() != null && found.enumType() != null
        && !expected.values().equals(found.values())) {
      differences.add("constants " + expected.values() + " expected, " + found.values()
          + " found");
    }
    return differences;
  }

  private static String restriction(Column column) {
    return column.enumType() == null ? "no enum type" : "enum type " + column.enumType();
  }
}
