package dev.schemata.runtime.diff;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Sequence;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares two schemas and lists the operations that turn one into the other.
 *
 * <p>The operations come in phases that a real database accepts: first whatever depends on what
 * changes is dropped (foreign keys, then indexes, then unique constraints), then new sequences
 * are created and changed ones altered (before the tables that may draw from them), then tables
 * are dropped and created, columns added, altered and dropped, then sequences that are gone are
 * dropped, and last the unique constraints, indexes and foreign keys of the new schema are
 * created, when every table they need exists. A changed sequence is altered, never dropped and
 * created again, so that it keeps its current value.
 * Within a phase, operations are sorted by table and then by name, except that new columns of a
 * table keep the order of the new schema. The same two schemas always give the same list.
 *
 * <p>Column order is not compared: a new column is appended, and the position of an existing one
 * cannot be changed. Renames are never guessed: without {@link DiffHints}, a renamed table or
 * column is a drop plus an add. With them, the renames come first, and everything else is the
 * difference between the renamed old schema and the new one; every engine renames a table or
 * column with its indexes, keys and foreign keys in place, and so every later operation can use
 * the new names. A hinted fill turns a new NOT NULL column into an add with the fill as default
 * followed by an alter that removes the default again, so existing rows get a value and the
 * column ends as the new schema has it. A column made NOT NULL is filled the same way: it is
 * altered to NOT NULL with the fill as default (which the dialects give to the rows holding NULL
 * first), then altered again to drop that default.
 */
public final class SchemaDiffer {
  private final Schema from;
  private final Schema to;
  private final SchemaPairing pairing;
  private final Survivors survivors;
  private final DiffHints hints;
  private final List<Operation> operations = new ArrayList<>();

  private SchemaDiffer(Schema from, Schema to, DiffHints hints) {
    this.from = from;
    this.to = to;
    this.pairing = new SchemaPairing(from, to);
    this.survivors = new Survivors(pairing);
    this.hints = hints;
  }

  /**
   * The operations that turn {@code from} into {@code to}, in an order that runs on a database;
   * empty when the schemas differ at most in column order.
   *
   * @throws UnsupportedChangeException when a kept table's primary key changes
   * @throws IllegalArgumentException when a foreign key of {@code to} references a table or
   *     column that {@code to} does not have
   */
  public static List<Operation> diff(Schema from, Schema to) {
    return diff(from, to, DiffHints.NONE);
  }

  /**
   * The operations that turn {@code from} into {@code to}, renaming what {@code hints} says was
   * renamed and filling new NOT NULL columns with the hinted values.
   *
   * @throws UnsupportedChangeException when a kept table's primary key changes, or renames
   *     would have to swap names
   * @throws IllegalArgumentException when a foreign key of {@code to} references a table or
   *     column that {@code to} does not have, or a rename hint names a table or column that
   *     {@code from} does not have or a new name that it has already
   */
  public static List<Operation> diff(Schema from, Schema to, DiffHints hints) {
    RenameSteps.Result renames = RenameSteps.of(from, hints);
    SchemaDiffer differ = new SchemaDiffer(renames.renamed(), to, hints);
    differ.requireSamePrimaryKeys();
    differ.operations.addAll(renames.operations());
    differ.dropDependents();
    differ.createSequences();
    differ.changeTables();
    differ.changeColumns();
    differ.dropSequences();
    differ.createDependents();
    return List.copyOf(differ.operations);
  }

  private void requireSamePrimaryKeys() {
    for (TablePair pair : pairing.keptTables()) {
      if (!pair.from().primaryKey().equals(pair.to().primaryKey())) {
        throw new UnsupportedChangeException("the primary key of table " + pair.name()
            + " changes from " + key(pair.from()) + " to " + key(pair.to())
            + ", but the primary key of an existing table cannot be changed by Schemata yet;"
            + " keep the old key, or create a new table with the new key");
      }
    }
  }

  private static String key(Table table) {
    return table.primaryKey().isEmpty() ? "(none)"
        : "(" + String.join(", ", table.primaryKey()) + ")";
  }

  private void dropDependents() {
    for (Table table : pairing.fromTables()) {
      for (ForeignKey key : table.foreignKeys()) {
        if (!survivors.keepsForeignKey(table, key)) {
          operations.add(new DropForeignKey(table.name(), key));
        }
      }
    }
    for (Table table : pairing.fromTables()) {
      for (Index index : table.indexes()) {
        if (!survivors.keepsIndex(table, index)) {
          operations.add(new DropIndex(table.name(), index));
        }
      }
    }
    // Unique constraints of dropped tables go with their table, inline in its definition.
    for (TablePair pair : pairing.keptTables()) {
      for (UniqueConstraint unique : pair.from().uniqueConstraints()) {
        if (!survivors.keepsUnique(pair.from(), unique)) {
          operations.add(new DropUniqueConstraint(pair.name(), unique));
        }
      }
    }
  }

  private void createSequences() {
    for (Sequence sequence : to.sequences().values()) {
      Sequence before = from.sequences().get(sequence.name());
      if (before == null) {
        operations.add(new CreateSequence(sequence));
      } else if (!before.equals(sequence)) {
        operations.add(new AlterSequence(before, sequence));
      }
    }
  }

  private void dropSequences() {
    for (Sequence sequence : from.sequences().values()) {
      if (!to.sequences().containsKey(sequence.name())) {
        operations.add(new DropSequence(sequence));
      }
    }
  }

  private void changeTables() {
    for (Table table : pairing.droppedTables()) {
      operations.add(new DropTable(withoutIndexesAndForeignKeys(table)));
    }
    for (Table table : pairing.createdTables()) {
      operations.add(new CreateTable(withoutIndexesAndForeignKeys(table)));
    }
  }

  private void changeColumns() {
    for (TablePair pair : pairing.keptTables()) {
      for (Column column : pair.addedColumns()) {
        addColumn(pair.name(), column);
      }
    }
    for (TablePair pair : pairing.keptTables()) {
      for (Column column : pair.changedColumns()) {
        alterColumn(pair.name(), column, pair.target(column));
      }
    }
    for (TablePair pair : pairing.keptTables()) {
      for (Column column : pair.droppedColumns()) {
        operations.add(new DropColumn(pair.name(), column));
      }
    }
  }

  private void addColumn(String table, Column column) {
    Optional<String> fill = fill(table, column);
    if (fill.isEmpty()) {
      operations.add(new AddColumn(table, column));
      return;
    }
    Column filled = column.withDefault(fill.get());
    operations.add(new AddColumn(table, filled));
    operations.add(new AlterColumn(table, filled, column));
  }

  /*
   * A column made NOT NULL passes through its fill as default: the dialects give that default to
   * the rows that hold NULL before they set NOT NULL.
   */
  private void alterColumn(String table, Column from, Column to) {
    Optional<String> fill = from.nullable() ? fill(table, to) : Optional.empty();
    if (fill.isEmpty()) {
      operations.add(new AlterColumn(table, from, to));
      return;
    }
    Column filled = to.withDefault(fill.get());
    operations.add(new AlterColumn(table, from, filled));
    operations.add(new AlterColumn(table, filled, to));
  }

  /** The hinted fill of a NOT NULL column that has no value of its own for rows without one. */
  private Optional<String> fill(String table, Column column) {
    return hints.fill(table, column.name())
        .filter(f -> !column.nullable() && column.defaultValue() == null && !column.identity());
  }

  private void createDependents() {
    // Unique constraints of new tables were created inline with their table.
    for (TablePair pair : pairing.keptTables()) {
      for (UniqueConstraint unique : pair.to().uniqueConstraints()) {
        if (!pair.from().uniqueConstraints().contains(unique)) {
          operations.add(new AddUniqueConstraint(pair.name(), unique));
        }
      }
    }
    for (Table table : pairing.toTables()) {
      for (Index index : table.indexes()) {
        if (!stays(table, index)) {
          operations.add(new CreateIndex(table.name(), index));
        }
      }
    }
    for (Table table : pairing.toTables()) {
      for (ForeignKey key : table.foreignKeys()) {
        if (!stays(table, key)) {
          operations.add(new AddForeignKey(table.name(), key));
        }
      }
    }
  }

  /** Whether an index of the new schema is there already, left in place by the drop phase. */
  private boolean stays(Table table, Index index) {
    return pairing.before(table.name())
        .filter(b -> b.indexes().contains(index) && survivors.keepsIndex(b, index))
        .isPresent();
  }

  /** Whether a foreign key of the new schema is there already, left in place by the drop phase. */
  private boolean stays(Table table, ForeignKey key) {
    return pairing.before(table.name())
        .filter(b -> b.foreignKeys().contains(key) && survivors.keepsForeignKey(b, key))
        .isPresent();
  }

  private static Table withoutIndexesAndForeignKeys(Table table) {
    return new Table(table.name(), table.columns(), table.primaryKey(), List.of(),
        table.uniqueConstraints(), List.of());
  }
}
