package dev.schemata.runtime.diff;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.Table;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A table that exists on both sides of a diff, as it is before and after.
 *
 * @param from the table in the schema being changed
 * @param to the same table in the target schema
 */
record TablePair(Table from, Table to) {

  String name() {
    return to.name();
  }

  /** Columns only {@code to} has, in {@code to}'s order, since they are appended in that order. */
  List<Column> addedColumns() {
    return to.columns().stream().filter(c -> from.column(c.name()).isEmpty()).toList();
  }

  /** Columns only {@code from} has, by name. */
  List<Column> droppedColumns() {
    return from.columns().stream().filter(c -> to.column(c.name()).isEmpty())
        .sorted(Comparator.comparing(Column::name)).toList();
  }

  /** Columns on both sides whose definitions differ, by name, as they are in {@code from}. */
  List<Column> changedColumns() {
    return from.columns().stream()
        .filter(c -> to.column(c.name()).filter(t -> !t.equals(c)).isPresent())
        .sorted(Comparator.comparing(Column::name)).toList();
  }

  /** The column of that name as it is in {@code to}; only for columns on both sides. */
  Column target(Column column) {
    return to.column(column.name()).orElseThrow();
  }

  /** Names of the columns whose type changes; constraints on them must be rebuilt. */
  Set<String> typeChangedColumns() {
    return from.columns().stream()
        .filter(c -> to.column(c.name()).map(t -> !t.type().equals(c.type())).orElse(false))
        .map(Column::name).collect(Collectors.toSet());
  }

  /** Whether {@code from} has this column and {@code to} does not. */
  boolean drops(String column) {
    return from.column(column).isPresent() && to.column(column).isEmpty();
  }

  static Optional<TablePair> of(Optional<Table> from, Optional<Table> to) {
    return from.flatMap(f -> to.map(t -> new TablePair(f, t)));
  }
}
