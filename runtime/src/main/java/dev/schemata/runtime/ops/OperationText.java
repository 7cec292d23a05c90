package dev.schemata.runtime.ops;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Sequence;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.model.UniqueConstraint;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The canonical one-line text of an operation: complete (two operations with the same text are
 * equal) and readable, as in {@code add column tasks.priority INTEGER NULL DEFAULT 0}. Checksums
 * are computed over it, so it must never change for an existing operation.
 */
public final class OperationText implements OperationVisitor<String> {
  private static final OperationText INSTANCE = new OperationText();

  private OperationText() {}

  /** The text of one operation. */
  public static String of(Operation operation) {
    return operation.accept(INSTANCE);
  }

  /**
   * The text of a column definition: name, type, nullability, default, identity, constants and
   * their enum type.
   */
  public static String of(Column column) {
    StringBuilder text = new StringBuilder(column.name()).append(' ').append(column.type())
        .append(column.nullable() ? " NULL" : " NOT NULL");
    if (column.defaultValue() != null) {
      text.append(" DEFAULT ").append(column.defaultValue());
    }
    if (column.identity()) {
      text.append(" IDENTITY");
    }
    if (column.isEnum()) {
      text.append(" VALUES ").append(column.values().stream().map(v -> "'" + v + "'")
          .collect(Collectors.joining(", ", "(", ")")));
    }
    if (column.enumType() != null) {
      text.append(" ENUM TYPE ").append(column.enumType());
    }
    return text.toString();
  }

  @Override
  public String visitCreateTable(CreateTable op) {
    return "create table " + table(op.definition());
  }

  @Override
  public String visitDropTable(DropTable op) {
    return "drop table " + table(op.definition());
  }

  @Override
  public String visitRenameTable(RenameTable op) {
    return "rename table " + op.table() + " to " + op.newName();
  }

  @Override
  public String visitAddColumn(AddColumn op) {
    return "add column " + op.table() + "." + of(op.column());
  }

  @Override
  public String visitDropColumn(DropColumn op) {
    return "drop column " + op.table() + "." + of(op.column());
  }

  @Override
  public String visitAlterColumn(AlterColumn op) {
    return "alter column " + op.table() + "." + of(op.from()) + " to " + of(op.to());
  }

  @Override
  public String visitRenameColumn(RenameColumn op) {
    return "rename column " + op.table() + "." + op.column() + " to " + op.newName();
  }

  @Override
  public String visitCreateIndex(CreateIndex op) {
    return "create " + index(op.table(), op.index());
  }

  @Override
  public String visitDropIndex(DropIndex op) {
    return "drop " + index(op.table(), op.index());
  }

  @Override
  public String visitAddUniqueConstraint(AddUniqueConstraint op) {
    return "add " + unique(op.table(), op.constraint());
  }

  @Override
  public String visitDropUniqueConstraint(DropUniqueConstraint op) {
    return "drop " + unique(op.table(), op.constraint());
  }

  @Override
  public String visitAddForeignKey(AddForeignKey op) {
    return "add " + foreignKey(op.table(), op.foreignKey());
  }

  @Override
  public String visitDropForeignKey(DropForeignKey op) {
    return "drop " + foreignKey(op.table(), op.foreignKey());
  }

  @Override
  public String visitCreateSequence(CreateSequence op) {
    return "create " + sequence(op.sequence());
  }

  @Override
  public String visitDropSequence(DropSequence op) {
    return "drop " + sequence(op.sequence());
  }

  @Override
  public String visitAlterSequence(AlterSequence op) {
    return "alter " + sequence(op.from()) + " to start " + op.to().start() + " increment "
        + op.to().increment();
  }

  @Override
  public String visitRunData(RunData op) {
    return (op.undo() ? "undo data " : "data ") + op.step();
  }

  private static String sequence(Sequence sequence) {
    return "sequence " + sequence.name() + " start " + sequence.start() + " increment "
        + sequence.increment();
  }

  private static String table(Table table) {
    StringBuilder text = new StringBuilder(table.name()).append(" (");
    text.append(table.columns().stream().map(OperationText::of)
        .collect(Collectors.joining(", ")));
    if (!table.primaryKey().isEmpty()) {
      text.append(", PRIMARY KEY ").append(list(table.primaryKey()));
    }
    for (UniqueConstraint unique : table.uniqueConstraints()) {
      text.append(", UNIQUE ").append(unique.name()).append(' ').append(list(unique.columns()));
    }
    return text.append(')').toString();
  }

  private static String index(String table, Index index) {
    return (index.unique() ? "unique index " : "index ") + index.name() + " on " + table + " "
        + list(index.columns());
  }

  private static String unique(String table, UniqueConstraint unique) {
    return "unique constraint " + unique.name() + " on " + table + " " + list(unique.columns());
  }

  private static String foreignKey(String table, ForeignKey key) {
    return "foreign key " + key.name() + " on " + table + " " + list(key.columns())
        + " references " + key.referencedTable() + " " + list(key.referencedColumns());
  }

  private static String list(List<String> names) {
    return "(" + String.join(", ", names) + ")";
  }
}
