package dev.schemata.runtime.ops;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Sequence;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.model.UniqueConstraint;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

/**
 * Records the operations of one direction of a migration, in order. Generated migrations call it;
 * the runtime then renders what was recorded as SQL for its database.
 */
public final class SchemaChange {
  private final List<Operation> operations = new ArrayList<>();

  /** An empty recording. */
  public SchemaChange() {}

  /** The operations recorded so far, in call order. */
  public List<Operation> operations() {
    return List.copyOf(operations);
  }

  /** Records any operation. */
  public SchemaChange apply(Operation operation) {
    operations.add(operation);
    return this;
  }

  /** Creates a table with its columns, primary key and unique constraints. */
  public SchemaChange createTable(Table.Builder table) {
    return apply(new CreateTable(table.build()));
  }

  /** Drops a table whose definition is given in full. */
  public SchemaChange dropTable(Table.Builder table) {
    return apply(new DropTable(table.build()));
  }

  /** Renames a table. */
  public SchemaChange renameTable(String table, String newName) {
    return apply(new RenameTable(table, newName));
  }

  /** Adds a column. */
  public SchemaChange addColumn(String table, Column.Builder column) {
    return apply(new AddColumn(table, column.build()));
  }

  /** Drops a column whose definition is given in full. */
  public SchemaChange dropColumn(String table, Column.Builder column) {
    return apply(new DropColumn(table, column.build()));
  }

  /** Changes a column from one definition to another of the same name. */
  public SchemaChange alterColumn(String table, Column.Builder from, Column.Builder to) {
    return apply(new AlterColumn(table, from.build(), to.build()));
  }

  /** Renames a column. */
  public SchemaChange renameColumn(String table, String column, String newName) {
    return apply(new RenameColumn(table, column, newName));
  }

  /** Creates an index. */
  public SchemaChange createIndex(String table, Index.Builder index) {
    return apply(new CreateIndex(table, index.build()));
  }

  /** Drops an index whose definition is given in full. */
  public SchemaChange dropIndex(String table, Index.Builder index) {
    return apply(new DropIndex(table, index.build()));
  }

  /** Adds a unique constraint. */
  public SchemaChange addUniqueConstraint(String table, UniqueConstraint.Builder constraint) {
    return apply(new AddUniqueConstraint(table, constraint.build()));
  }

  /** Drops a unique constraint whose definition is given in full. */
  public SchemaChange dropUniqueConstraint(String table, UniqueConstraint.Builder constraint) {
    return apply(new DropUniqueConstraint(table, constraint.build()));
  }

  /** Adds a foreign key. */
  public SchemaChange addForeignKey(String table, ForeignKey.Builder foreignKey) {
    return apply(new AddForeignKey(table, foreignKey.build()));
  }

  /** Drops a foreign key whose definition is given in full. */
  public SchemaChange dropForeignKey(String table, ForeignKey.Builder foreignKey) {
    return apply(new DropForeignKey(table, foreignKey.build()));
  }

  /** Creates a sequence. */
  public SchemaChange createSequence(Sequence.Builder sequence) {
    return apply(new CreateSequence(sequence.build()));
  }

  /** Drops a sequence whose definition is given in full. */
  public SchemaChange dropSequence(Sequence.Builder sequence) {
    return apply(new DropSequence(sequence.build()));
  }

  /** Changes the start or increment of a sequence, keeping its current value. */
  public SchemaChange alterSequence(Sequence.Builder from, Sequence.Builder to) {
    return apply(new AlterSequence(from.build(), to.build()));
  }

  /** Runs a data step's upgrade at this point of the version. */
  public SchemaChange runData(Class<? extends DataStep> step) {
    return apply(new RunData(step.getCanonicalName(), false, () -> instantiate(step)));
  }

  /** Runs a data step's downgrade at this point of the version. */
  public SchemaChange undoData(Class<? extends DataStep> step) {
    return apply(new RunData(step.getCanonicalName(), true, () -> instantiate(step)));
  }

  private static DataStep instantiate(Class<? extends DataStep> step) {
    try {
      return step.getConstructor().newInstance();
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("its constructor threw " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("it needs a public no-argument constructor (" + e + ")",
          e);
    }
  }
}
