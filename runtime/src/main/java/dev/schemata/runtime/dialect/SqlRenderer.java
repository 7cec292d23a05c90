package dev.schemata.runtime.dialect;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.model.UniqueConstraint;
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
 * Renders an operation as the statements of one dialect, on a database whose schema is {@code
 * before}, followed in the same version by the operations {@code later}.
 */
final class SqlRenderer implements OperationVisitor<List<String>> {
  private final Dialect dialect;
  private final Schema before;
  private final List<Operation> later;
  private final TypeConstants types;

  SqlRenderer(Dialect dialect, Schema before, List<Operation> later, TypeConstants types) {
    this.dialect = dialect;
    this.before = before;
    this.later = later;
    this.types = types;
  }

  @Override
  public List<String> visitCreateTable(CreateTable op) {
    Table table = op.definition();
    List<String> parts = new ArrayList<>();
    table.columns().forEach(column -> parts.add(dialect.columnDefinition(column)));
    if (!table.primaryKey().isEmpty()) {
      parts.add("primary key " + list(table.primaryKey()));
    }
    for (UniqueConstraint unique : table.uniqueConstraints()) {
      parts.add("constraint " + q(unique.name()) + " unique " + list(unique.columns()));
    }
    for (Column column : table.columns()) {
      String check = dialect.enums().constraint(table.name(), column);
      if (check != null) {
        parts.add(check);
      }
    }
    List<String> sql = new ArrayList<>(
        types().provide(before, types, later, table.columns(), false));
    sql.add("create table " + q(table.name()) + " (" + String.join(", ", parts) + ")");
    return List.copyOf(sql);
  }

  @Override
  public List<String> visitDropTable(DropTable op) {
    List<String> sql = new ArrayList<>(List.of("drop table " + q(op.table())));
    sql.addAll(types().release(before, types, op.definition().columns(),
        (table, column) -> table.equals(op.table())));
    return List.copyOf(sql);
  }

  @Override
  public List<String> visitRenameTable(RenameTable op) {
    return List.copyOf(dialect.renameTable(table(op.table(), op), op.newName()));
  }

  @Override
  public List<String> visitAddColumn(AddColumn op) {
    String add = alterTable(op.table()) + " add column " + dialect.columnDefinition(op.column());
    String check = dialect.enums().constraint(op.table(), op.column());
    List<String> sql = new ArrayList<>(
        types().provide(before, types, later, List.of(op.column()), false));
    sql.add(add);
    if (check != null) {
      sql.add(alterTable(op.table()) + " add " + check);
    }
    return List.copyOf(sql);
  }

  /** An enum column's check goes first: MySQL refuses to drop a column a check uses. */
  @Override
  public List<String> visitDropColumn(DropColumn op) {
    String drop = alterTable(op.table()) + " drop column " + q(op.column().name());
    List<String> sql = new ArrayList<>();
    if (dialect.enums().condition(op.column()) != null) {
      sql.add(dialect.enums().drop(op.table(), op.column().name()));
    }
    sql.add(drop);
    sql.addAll(types().release(before, types, List.of(op.column()), (table, column) ->
        table.equals(op.table()) && column.name().equals(op.column().name())));
    return List.copyOf(sql);
  }

  /**
   * A column that takes an enum type finds it ready, with its constants; a type the column leaves
   * is dropped after it when no other column holds it.
   */
  @Override
  public List<String> visitAlterColumn(AlterColumn op) {
    List<String> sql = new ArrayList<>(types().provide(before, types, later, List.of(op.to()),
        Objects.equals(op.from().enumType(), op.to().enumType())));
    sql.addAll(dialect.alterColumn(op));
    if (!Objects.equals(op.from().enumType(), op.to().enumType())) {
      sql.addAll(types().release(before, types, List.of(op.from()), (table, column) ->
          table.equals(op.table()) && column.name().equals(op.from().name())));
    }
    return List.copyOf(sql);
  }

  private EnumTypes types() {
    return dialect.enumTypes();
  }

  @Override
  public List<String> visitRenameColumn(RenameColumn op) {
    Column column = table(op.table(), op).column(op.column()).orElseThrow(() -> notInBefore(op,
        "no column " + op.column() + " in table " + op.table()));
    return List.copyOf(dialect.renameColumn(op.table(), column, op.newName()));
  }

  @Override
  public List<String> visitCreateIndex(CreateIndex op) {
    return one("create " + (op.index().unique() ? "unique " : "") + "index "
        + q(op.index().name()) + " on " + q(op.table()) + " " + list(op.index().columns()));
  }

  @Override
  public List<String> visitDropIndex(DropIndex op) {
    return one(dialect.dropIndex(op.table(), op.index().name()));
  }

  @Override
  public List<String> visitAddUniqueConstraint(AddUniqueConstraint op) {
    return one(alterTable(op.table()) + " add constraint " + q(op.constraint().name())
        + " unique " + list(op.constraint().columns()));
  }

  @Override
  public List<String> visitDropUniqueConstraint(DropUniqueConstraint op) {
    return one(dialect.dropUniqueConstraint(op.table(), op.constraint().name()));
  }

  @Override
  public List<String> visitAddForeignKey(AddForeignKey op) {
    return one(dialect.addForeignKey(op.table(), op.foreignKey()));
  }

  @Override
  public List<String> visitDropForeignKey(DropForeignKey op) {
    return one(dialect.dropForeignKey(op.table(), op.foreignKey()));
  }

  @Override
  public List<String> visitCreateSequence(CreateSequence op) {
    dialect.requireSequences(op);
    return one("create sequence " + q(op.sequence().name()) + " start with "
        + op.sequence().start() + " increment by " + op.sequence().increment());
  }

  @Override
  public List<String> visitDropSequence(DropSequence op) {
    dialect.requireSequences(op);
    return one("drop sequence " + q(op.sequence().name()));
  }

  /**
   * A data step is Java, not SQL: a script shows where it runs, as a comment, and the executor
   * runs it itself.
   */
  @Override
  public List<String> visitRunData(RunData op) {
    return one("-- " + (op.undo() ? "downgrade" : "upgrade") + " of data step " + op.step()
        + " (runs only through the Migrator)");
  }

  /** One statement per changed aspect, each setting it to its final value. */
  @Override
  public List<String> visitAlterSequence(AlterSequence op) {
    dialect.requireSequences(op);
    String alter = "alter sequence " + q(op.to().name());
    List<String> sql = new ArrayList<>();
    if (op.from().increment() != op.to().increment()) {
      sql.add(alter + " increment by " + op.to().increment());
    }
    if (op.from().start() != op.to().start()) {
      sql.add(alter + " start with " + op.to().start());
    }
    return List.copyOf(sql);
  }

  /** The table as it is before the operation, which the operation's SQL depends on. */
  private Table table(String name, Operation op) {
    return before.table(name).orElseThrow(() -> notInBefore(op, "no table " + name));
  }

  private static IllegalArgumentException notInBefore(Operation op, String what) {
    return new IllegalArgumentException("\"" + OperationText.of(op) + "\" cannot be rendered"
        + " against a schema with " + what + "; render each operation against the schema it"
        + " applies to");
  }

  private String alterTable(String table) {
    return "alter table " + q(table);
  }

  private String q(String identifier) {
    return dialect.quote(identifier);
  }

  private String list(List<String> columns) {
    return dialect.list(columns);
  }

  private static List<String> one(String statement) {
    return List.of(statement);
  }
}
