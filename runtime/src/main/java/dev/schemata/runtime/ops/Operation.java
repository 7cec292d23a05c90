package dev.schemata.runtime.ops;

import dev.schemata.runtime.model.Schema;

/**
 * One change to a schema. Every operation has an exact inverse: operations that destroy
 * information carry the state they destroy (a dropped column keeps its full definition, an altered
 * column keeps its previous one), so {@code op.inverse().inverse()} equals {@code op} and applying
 * an operation then its inverse gives the schema back.
 */
public sealed interface Operation permits CreateTable, DropTable, RenameTable, AddColumn,
    DropColumn, AlterColumn, RenameColumn, CreateIndex, DropIndex, AddUniqueConstraint,
    DropUniqueConstraint, AddForeignKey, DropForeignKey, CreateSequence, DropSequence,
    AlterSequence, RunData {

  /** The table this operation changes; for a sequence operation, the sequence. */
  String table();

  /** The operation that undoes this one. */
  Operation inverse();

  /**
   * The schema after this operation.
   *
   * @throws InapplicableOperationException when the schema is not in the state the operation
   *     expects (a missing table, a column that differs from the one being dropped, …)
   */
  Schema applyTo(Schema schema);

  /** Dispatches to the visitor method for this operation's type. */
  <R> R accept(OperationVisitor<R> visitor);
}
