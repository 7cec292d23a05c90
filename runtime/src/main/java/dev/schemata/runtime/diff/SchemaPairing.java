package dev.schemata.runtime.diff;

import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Table;
import java.util.List;
import java.util.Optional;

/**
 * Which tables of the old schema are dropped, which of the new one are created, and which exist on
 * both sides. Tables are paired by name only: explicit renames are applied to the old schema
 * before it is paired (see {@link RenameSteps}), so that every phase sees a renamed table as kept.
 */
final class SchemaPairing {
  private final Schema from;
  private final Schema to;

  SchemaPairing(Schema from, Schema to) {
    this.from = from;
    this.to = to;
    requireResolvableForeignKeys(to);
  }

  /** Tables only the old schema has, in name order. */
  List<Table> droppedTables() {
    return from.tables().values().stream().filter(t -> to.table(t.name()).isEmpty()).toList();
  }

  /** Tables only the new schema has, in name order. */
  List<Table> createdTables() {
    return to.tables().values().stream().filter(t -> from.table(t.name()).isEmpty()).toList();
  }

  /** Tables on both sides, in name order. */
  List<TablePair> keptTables() {
    return from.tables().values().stream()
        .flatMap(t -> kept(t.name()).stream()).toList();
  }

  /** The table of the old schema with that name, paired with its new state, if it is kept. */
  Optional<TablePair> kept(String fromName) {
    return TablePair.of(from.table(fromName), to.table(fromName));
  }

  /** The old state of a table of the new schema, if it existed before. */
  Optional<Table> before(String toName) {
    return from.table(toName);
  }

  /** Every table of the old schema, in name order. */
  List<Table> fromTables() {
    return List.copyOf(from.tables().values());
  }

  /** Every table of the new schema, in name order. */
  List<Table> toTables() {
    return List.copyOf(to.tables().values());
  }

  // No list of operations reaches a schema whose foreign keys point nowhere; say so up front
  // rather than produce operations that fail on the database.
  private static void requireResolvableForeignKeys(Schema schema) {
    for (Table table : schema.tables().values()) {
      for (ForeignKey key : table.foreignKeys()) {
        Table target = schema.table(key.referencedTable()).orElseThrow(
            () -> new IllegalArgumentException("foreign key " + key.name() + " of table "
                + table.name() + " references table " + key.referencedTable()
                + ", which the target schema does not have"));
        for (String column : key.referencedColumns()) {
          if (target.column(column).isEmpty()) {
            throw new IllegalArgumentException("foreign key " + key.name() + " of table "
                + table.name() + " references column " + target.name() + "." + column
                + ", which the target schema does not have");
          }
        }
      }
    }
  }
}
