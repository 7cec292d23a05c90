package dev.schemata.processor.store;

import dev.schemata.runtime.model.Table;
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
import dev.schemata.runtime.ops.RenameColumn;
import dev.schemata.runtime.ops.RenameTable;
import dev.schemata.runtime.ops.RunData;

/** Reads the members of an operation's object once its {@code "op"} name is known. */
final class OperationReader {
  private OperationReader() {}

  static Operation read(String op, JsonValue.Obj object, String what) {
    return switch (op) {
      case "createTable", "dropTable" -> table(op, object, what);
      case "renameTable" -> {
        JsonFields f = JsonFields.of(object, what, "op", "table", "newName");
        String table = f.text("table");
        String newName = f.text("newName");
        yield f.build(() -> new RenameTable(table, newName));
      }
      case "addColumn", "dropColumn" -> column(op, object, what);
      case "alterColumn" -> {
        JsonFields f = JsonFields.of(object, what, "op", "table", "from", "to");
        String table = f.text("table");
        var from = ModelJson.readColumn(f.value("from"), "\"from\" of " + what);
        var to = ModelJson.readColumn(f.value("to"), "\"to\" of " + what);
        yield f.build(() -> new AlterColumn(table, from, to));
      }
      case "renameColumn" -> {
        JsonFields f = JsonFields.of(object, what, "op", "table", "column", "newName");
        String table = f.text("table");
        String column = f.text("column");
        String newName = f.text("newName");
        yield f.build(() -> new RenameColumn(table, column, newName));
      }
      case "createIndex", "dropIndex" -> index(op, object, what);
      case "addUniqueConstraint", "dropUniqueConstraint" -> unique(op, object, what);
      case "addForeignKey", "dropForeignKey" -> foreignKey(op, object, what);
      case "createSequence", "dropSequence" -> sequence(op, object, what);
      case "alterSequence" -> {
        JsonFields f = JsonFields.of(object, what, "op", "from", "to");
        var from = ModelJson.readSequence(f.value("from"), "\"from\" of " + what);
        var to = ModelJson.readSequence(f.value("to"), "\"to\" of " + what);
        yield f.build(() -> new AlterSequence(from, to));
      }
      case "runData" -> {
        JsonFields f = JsonFields.of(object, what, "op", "step");
        String step = f.text("step");
        yield f.build(() -> new RunData(step, false));
      }
      default -> throw new IllegalArgumentException("not an operation name: " + op);
    };
  }

  private static Operation table(String op, JsonValue.Obj object, String what) {
    JsonFields f = JsonFields.of(object, what, "op", "table");
    Table table = ModelJson.readBareTable(f.value("table"), "\"table\" of " + what);
    return f.build(() -> op.equals("createTable")
        ? new CreateTable(table) : new DropTable(table));
  }

  private static Operation column(String op, JsonValue.Obj object, String what) {
    JsonFields f = JsonFields.of(object, what, "op", "table", "column");
    String table = f.text("table");
    var column = ModelJson.readColumn(f.value("column"), "\"column\" of " + what);
    return f.build(() -> op.equals("addColumn")
        ? new AddColumn(table, column) : new DropColumn(table, column));
  }

  private static Operation index(String op, JsonValue.Obj object, String what) {
    JsonFields f = JsonFields.of(object, what, "op", "table", "index");
    String table = f.text("table");
    var index = ModelJson.readIndex(f.value("index"), "\"index\" of " + what);
    return f.build(() -> op.equals("createIndex")
        ? new CreateIndex(table, index) : new DropIndex(table, index));
  }

  private static Operation unique(String op, JsonValue.Obj object, String what) {
    JsonFields f = JsonFields.of(object, what, "op", "table", "constraint");
    String table = f.text("table");
    var constraint = ModelJson.readUnique(f.value("constraint"), "\"constraint\" of " + what);
    return f.build(() -> op.equals("addUniqueConstraint")
        ? new AddUniqueConstraint(table, constraint) : new DropUniqueConstraint(table, constraint));
  }

  private static Operation foreignKey(String op, JsonValue.Obj object, String what) {
    JsonFields f = JsonFields.of(object, what, "op", "table", "foreignKey");
    String table = f.text("table");
    var key = ModelJson.readForeignKey(f.value("foreignKey"), "\"foreignKey\" of " + what);
    return f.build(() -> op.equals("addForeignKey")
        ? new AddForeignKey(table, key) : new DropForeignKey(table, key));
  }

  private static Operation sequence(String op, JsonValue.Obj object, String what) {
    JsonFields f = JsonFields.of(object, what, "op", "sequence");
    var sequence = ModelJson.readSequence(f.value("sequence"), "\"sequence\" of " + what);
    return f.build(() -> op.equals("createSequence")
        ? new CreateSequence(sequence) : new DropSequence(sequence));
  }
}
