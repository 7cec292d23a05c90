package dev.schemata.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterSpec;
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

/**
 * The statement (without its semicolon) that records one operation on a {@code SchemaChange},
 * such as {@code change.addColumn("tasks", Column.named("priority")…)}. {@code $W} lets JavaPoet
 * wrap long argument lists; table definitions put one builder call per line.
 */
final class OperationCode implements OperationVisitor<CodeBlock> {
  private final ParameterSpec change;

  private OperationCode(ParameterSpec change) {
    this.change = change;
  }

  /** The statement recording {@code operation} on the parameter {@code change}. */
  static CodeBlock of(Operation operation, ParameterSpec change) {
    return operation.accept(new OperationCode(change));
  }

  @Override
  public CodeBlock visitCreateTable(CreateTable op) {
    return CodeBlock.of("$N.createTable($L)", change, ModelCode.table(op.definition()));
  }

  @Override
  public CodeBlock visitDropTable(DropTable op) {
    return CodeBlock.of("$N.dropTable($L)", change, ModelCode.table(op.definition()));
  }

  @Override
  public CodeBlock visitRenameTable(RenameTable op) {
    return CodeBlock.of("$N.renameTable($S,$W$S)", change, op.table(), op.newName());
  }

  @Override
  public CodeBlock visitAddColumn(AddColumn op) {
    return CodeBlock.of("$N.addColumn($S,$W$L)", change, op.table(),
        ModelCode.column(op.column()));
  }

  @Override
  public CodeBlock visitDropColumn(DropColumn op) {
    return CodeBlock.of("$N.dropColumn($S,$W$L)", change, op.table(),
        ModelCode.column(op.column()));
  }

  @Override
  public CodeBlock visitAlterColumn(AlterColumn op) {
    return CodeBlock.of("$N.alterColumn($S,$W$L,$W$L)", change, op.table(),
        ModelCode.column(op.from()), ModelCode.column(op.to()));
  }

  @Override
  public CodeBlock visitRenameColumn(RenameColumn op) {
    return CodeBlock.of("$N.renameColumn($S,$W$S,$W$S)", change, op.table(), op.column(),
        op.newName());
  }

  @Override
  public CodeBlock visitCreateIndex(CreateIndex op) {
    return CodeBlock.of("$N.createIndex($S,$W$L)", change, op.table(),
        ModelCode.index(op.index()));
  }

  @Override
  public CodeBlock visitDropIndex(DropIndex op) {
    return CodeBlock.of("$N.dropIndex($S,$W$L)", change, op.table(),
        ModelCode.index(op.index()));
  }

  @Override
  public CodeBlock visitAddUniqueConstraint(AddUniqueConstraint op) {
    return CodeBlock.of("$N.addUniqueConstraint($S,$W$L)", change, op.table(),
        ModelCode.unique(op.constraint()));
  }

  @Override
  public CodeBlock visitDropUniqueConstraint(DropUniqueConstraint op) {
    return CodeBlock.of("$N.dropUniqueConstraint($S,$W$L)", change, op.table(),
        ModelCode.unique(op.constraint()));
  }

  @Override
  public CodeBlock visitAddForeignKey(AddForeignKey op) {
    return CodeBlock.of("$N.addForeignKey($S,$W$L)", change, op.table(),
        ModelCode.foreignKey(op.foreignKey()));
  }

  @Override
  public CodeBlock visitDropForeignKey(DropForeignKey op) {
    return CodeBlock.of("$N.dropForeignKey($S,$W$L)", change, op.table(),
        ModelCode.foreignKey(op.foreignKey()));
  }

  @Override
  public CodeBlock visitCreateSequence(CreateSequence op) {
    return CodeBlock.of("$N.createSequence($L)", change, ModelCode.sequence(op.sequence()));
  }

  @Override
  public CodeBlock visitDropSequence(DropSequence op) {
    return CodeBlock.of("$N.dropSequence($L)", change, ModelCode.sequence(op.sequence()));
  }

  @Override
  public CodeBlock visitAlterSequence(AlterSequence op) {
    return CodeBlock.of("$N.alterSequence($L,$W$L)", change, ModelCode.sequence(op.from()),
        ModelCode.sequence(op.to()));
  }

  @Override
  public CodeBlock visitRunData(RunData op) {
    return CodeBlock.of("$N.$L($T.class)", change, op.undo() ? "undoData" : "runData",
        ClassName.bestGuess(op.step()));
  }
}
