package dev.schemata.processor.store;

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
import dev.schemata.runtime.ops.OperationVisitor;
import dev.schemata.runtime.ops.RenameColumn;
import dev.schemata.runtime.ops.RenameTable;
import dev.schemata.runtime.ops.RunData;
import java.util.List;

/**
 * The JSON shape of each operation: {@code "op"} first, naming the operation, then its table and
 * what it changes, always in the same key order.
 */
final class OperationJson implements OperationVisitor<Void> {
  private static final List<String> NAMES = List.of("createTable", "dropTable", "renameTable",
      "addColumn", "dropColumn", "alterColumn", "renameColumn", "createIndex", "dropIndex",
      "addUniqueConstraint", "dropUniqueConstraint", "addForeignKey", "dropForeignKey",
      "createSequence", "dropSequence", "alterSequence", "runData");

  private final JsonOut out;

  private OperationJson(JsonOut out) {
    this.out = out;
  }

  /** The {@code "op"} name of an operation, as in {@code addColumn}. */
  static String name(Operation operation) {
    String type = operation.getClass().getSimpleName();
    return Character.toLowerCase(type.charAt(0)) + type.substring(1);
  }

  /** Writes the members of the operation's object. */
  static void write(JsonOut out, Operation operation) {
    out.text("op", name(operation));
    operation.accept(new OperationJson(out));
  }

  /**
   * Reads one operation.
   *
   * @param number the operation's 1-based position in its file, for messages
   */
  static Operation read(JsonValue value, int number) {
    String what = "operation " + number;
    JsonValue.Obj object = JsonFields.object(value, what);
    JsonValue op = object.members().get("op");
    if (!(op instanceof JsonValue.Str name) || !NAMES.contains(name.value())) {
      int line = op == null ? object.line() : op.line();
      String found = op == null ? "no \"op\"" : "\"op\" " + JsonValue.describe(op);
      throw new FileFormatException(line, what + " has " + found + "; \"op\" names the "
          + "operation, one of " + String.join(", ", NAMES));
    }
    return OperationReader.read(name.value(), object, what + " (" + name.value() + ")");
  }

  @Override
  public Void visitCreateTable(CreateTable op) {
    out.object("table", o -> ModelJson.writeBareTable(o, op.definition()));
    return null;
  }

  @Override
  public Void visitDropTable(DropTable op) {
    out.object("table", o -> ModelJson.writeBareTable(o, op.definition()));
    return null;
  }

  @Override
  public Void visitRenameTable(RenameTable op) {
    out.text("table", op.table()).text("newName", op.newName());
    return null;
  }

  @Override
  public Void visitAddColumn(AddColumn op) {
    out.text("table", op.table()).object("column", o -> ModelJson.writeColumn(o, op.column()));
    return null;
  }

  @Override
  public Void visitDropColumn(DropColumn op) {
    out.text("table", op.table()).object("column", o -> ModelJson.writeColumn(o, op.column()));
    return null;
  }

  @Override
  public Void visitAlterColumn(AlterColumn op) {
    out.text("table", op.table())
        .object("from", o -> ModelJson.writeColumn(o, op.from()))
        .object("to", o -> ModelJson.writeColumn(o, op.to()));
    return null;
  }

  @Override
  public Void visitRenameColumn(RenameColumn op) {
    out.text("table", op.table()).text("column", op.column()).text("newName", op.newName());
    return null;
  }

  @Override
  public Void visitCreateIndex(CreateIndex op) {
    out.text("table", op.table()).object("index", o -> ModelJson.writeIndex(o, op.index()));
    return null;
  }

  @Override
  public Void visitDropIndex(DropIndex op) {
    out.text("table", op.table()).object("index", o -> ModelJson.writeIndex(o, op.index()));
    return null;
  }

  @Override
  public Void visitAddUniqueConstraint(AddUniqueConstraint op) {
    out.text("table", op.table())
        .object("constraint", o -> ModelJson.writeUnique(o, op.constraint()));
    return null;
  }

  @Override
  public Void visitDropUniqueConstraint(DropUniqueConstraint op) {
    out.text("table", op.table())
        .object("constraint", o -> ModelJson.writeUnique(o, op.constraint()));
    return null;
  }

  @Override
  public Void visitAddForeignKey(AddForeignKey op) {
    out.text("table", op.table())
        .object("foreignKey", o -> ModelJson.writeForeignKey(o, op.foreignKey()));
    return null;
  }

  @Override
  public Void visitDropForeignKey(DropForeignKey op) {
    out.text("table", op.table())
        .object("foreignKey", o -> ModelJson.writeForeignKey(o, op.foreignKey()));
    return null;
  }

  @Override
  public Void visitCreateSequence(CreateSequence op) {
    out.object("sequence", o -> ModelJson.writeSequence(o, op.sequence()));
    return null;
  }

  @Override
  public Void visitDropSequence(DropSequence op) {
    out.object("sequence", o -> ModelJson.writeSequence(o, op.sequence()));
    return null;
  }

  @Override
  public Void visitAlterSequence(AlterSequence op) {
    out.object("from", o -> ModelJson.writeSequence(o, op.from()))
        .object("to", o -> ModelJson.writeSequence(o, op.to()));
    return null;
  }

  /** A version file holds upgrades only, so a step is named by its class alone. */
  @Override
  public Void visitRunData(RunData op) {
    if (op.undo()) {
      throw new IllegalArgumentException("a version file holds no downgrade of a data step: "
          + op);
    }
    out.text("step", op.step());
    return null;
  }
}
