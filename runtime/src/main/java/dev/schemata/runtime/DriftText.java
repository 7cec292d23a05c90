package dev.schemata.runtime;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.UniqueConstraint;
import dev.schemata.runtime.model.Sequence;
import dev.schemata.runtime.ops.AddColumn;
import dev.schemata.runtime.ops.AlterSequence;
import dev.schemata.runtime.ops.CreateSequence;
import dev.schemata.runtime.ops.DropSequence;
import dev.schemata.runtime.ops.AddForeignKey;
import dev.schemata.runtime.ops.AddUniqueConstraint;
import dev.schemata.runtime.ops.AlterColumn;
import dev.schemata.runtime.ops.CreateIndex;
import dev.schemata.runtime.ops.CreateTable;
import dev.schemata.runtime.ops.DropColumn;
import dev.schemata.runtime.ops.DropForeignKey;
import dev.schemata.runtime.ops.DropIndex;
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
final class DriftText implements OperationVisitor<SchemaDifference> {
  private static final DriftText INSTANCE = new DriftText();

  private DriftText() {}

  static SchemaDifference of(Operation operation) {
    return operation.accept(INSTANCE);
  }

  @Override
  public SchemaDifference visitCreateTable(CreateTable op) {
    return new SchemaDifference(op.table(), null, "unexpected table (" + columns(op) + ")");
  }

  @Override
  public SchemaDifference visitDropTable(DropTable op) {
    return new SchemaDifference(op.table(), null, "missing table");
  }

  @Override
  public SchemaDifference visitRenameTable(RenameTable op) {
    return new SchemaDifference(op.table(), null, "table found as " + op.newName());
  }

  @Override
  public SchemaDifference visitAddColumn(AddColumn op) {
    return new SchemaDifference(op.table(), op.column().name(),
        "unexpected column " + OperationText.of(op.column()));
  }

  @Override
  public SchemaDifference visitDropColumn(DropColumn op) {
    return new SchemaDifference(op.table(), op.column().name(),
        "missing column " + OperationText.of(op.column()));
  }

  @Override
  public SchemaDifference visitAlterColumn(AlterColumn op) {
    return new SchemaDifference(op.table(), op.from().name(),
        String.join(", ", differences(op.from(), op.to())));
  }

  @Override
  public SchemaDifference visitRenameColumn(RenameColumn op) {
    return new SchemaDifference(op.table(), op.column(), "column found as " + op.newName());
  }

  @Override
  public SchemaDifference visitCreateIndex(CreateIndex op) {
    return new SchemaDifference(op.table(), null, "unexpected " + index(op.index()));
  }

  @Override
  public SchemaDifference visitDropIndex(DropIndex op) {
    return new SchemaDifference(op.table(), null, "missing " + index(op.index()));
  }

  @Override
  public SchemaDifference visitAddUniqueConstraint(AddUniqueConstraint op) {
    return new SchemaDifference(op.table(), null, "unexpected " + unique(op.constraint()));
  }

  @Override
  public SchemaDifference visitDropUniqueConstraint(DropUniqueConstraint op) {
    return new SchemaDifference(op.table(), null, "missing " + unique(op.constraint()));
  }

  @Override
  public SchemaDifference visitAddForeignKey(AddForeignKey op) {
    return new SchemaDifference(op.table(), null, "unexpected " + foreignKey(op.foreignKey()));
  }

  @Override
  public SchemaDifference visitDropForeignKey(DropForeignKey op) {
    return new SchemaDifference(op.table(), null, "missing " + foreignKey(op.foreignKey()));
  }

  @Override
  public SchemaDifference visitCreateSequence(CreateSequence op) {
    return new SchemaDifference(op.table(), null, "unexpected sequence ("
        + sequence(op.sequence()) + ")");
  }

  @Override
  public SchemaDifference visitDropSequence(DropSequence op) {
    return new SchemaDifference(op.table(), null, "missing sequence ("
        + sequence(op.sequence()) + ")");
  }

  /** Never met: the differ compares schemas, and data steps leave the schema as it is. */
  @Override
  public SchemaDifference visitRunData(RunData op) {
    throw new IllegalArgumentException("a data step is not a schema difference: " + op);
  }

  @Override
  public SchemaDifference visitAlterSequence(AlterSequence op) {
    return new SchemaDifference(op.table(), null, "sequence " + sequence(op.from())
        + " expected, " + sequence(op.to()) + " found");
  }

  private static String sequence(Sequence sequence) {
    return "start " + sequence.start() + ", increment " + sequence.increment();
  }

  private static String columns(CreateTable op) {
    return String.join(", ", op.definition().columns().stream().map(Column::name).toList());
  }

  /** Each attribute that differs, as {@code expected X, found Y}, in a fixed order. */
  private static List<String> differences(Column expected, Column found) {
    List<String> differences = new ArrayList<>();
    if (!expected.type().equals(found.type())) {
      differences.add(expected.type() + " expected, " + found.type() + " found");
    }
    if (expected.nullable() != found.nullable()) {
      differences.add(nullability(expected) + " expected, " + nullability(found) + " found");
    }
    if (!Objects.equals(expected.defaultValue(), found.defaultValue())) {
      differences.add(defaultValue(expected) + " expected, " + defaultValue(found) + " found");
    }
    if (expected.identity() != found.identity()) {
      differences.add(identity(expected) + " expected, " + identity(found) + " found");
    }
    return differences;
  }

  private static String nullability(Column column) {
    return column.nullable() ? "NULL" : "NOT NULL";
  }

  private static String defaultValue(Column column) {
    return column.defaultValue() == null ? "no default" : "DEFAULT " + column.defaultValue();
  }

  private static String identity(Column column) {
    return column.identity() ? "IDENTITY" : "no identity";
  }

  private static String index(Index index) {
    return (index.unique() ? "unique index " : "index ") + index.name() + " "
        + list(index.columns());
  }

  private static String unique(UniqueConstraint unique) {
    return "unique constraint " + unique.name() + " " + list(unique.columns());
  }

  private static String foreignKey(ForeignKey key) {
    return "foreign key " + key.name() + " " + list(key.columns()) + " -> "
        + key.referencedTable() + " " + list(key.referencedColumns());
  }

  private static String list(List<String> names) {
    return "(" + String.join(", ", names) + ")";
  }
}
