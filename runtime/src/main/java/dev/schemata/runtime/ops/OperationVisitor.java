package dev.schemata.runtime.ops;

/**
 * Exhaustive dispatch over the {@link Operation} types: adding an operation breaks every visitor
 * until it handles the new one.
 *
 * @param <R> what each visit returns
 */
public interface OperationVisitor<R> {
  R visitCreateTable(CreateTable op);

  R visitDropTable(DropTable op);

  R visitRenameTable(RenameTable op);

  R visitAddColumn(AddColumn op);

  R visitDropColumn(DropColumn op);

  R visitAlterColumn(AlterColumn op);

  R visitRenameColumn(RenameColumn op);

  R visitCreateIndex(CreateIndex op);

  R visitDropIndex(DropIndex op);

  R visitAddUniqueConstraint(AddUniqueConstraint op);

  R visitDropUniqueConstraint(DropUniqueConstraint op);

  R visitAddForeignKey(AddForeignKey op);

  R visitDropForeignKey(DropForeignKey op);

  R visitCreateSequence(CreateSequence op);

  R visitDropSequence(DropSequence op);

  R visitAlterSequence(AlterSequence op);

  R visitRunData(RunData op);
}
