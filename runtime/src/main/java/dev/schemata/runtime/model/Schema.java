package dev.schemata.runtime.model;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A whole database schema: its tables by name, in name order so that every rendering of a schema
 * is deterministic. Immutable.
 *
 * @param tables the tables by name
 */
public record Schema(SortedMap<String, Table> tables) {

  /** The schema with no tables. */
  public static final Schema EMPTY = new Schema(new TreeMap<>());

  public Schema {
    TreeMap<String, Table> copy = new TreeMap<>(tables);
    copy.forEach((name, table) -> {
      if (!name.equals(table.name())) {
        throw new IllegalArgumentException("table " + table.name() + " is filed as " + name);
      }
    });
    tables = Collections.unmodifiableSortedMap(copy);
  }

  /** A schema holding these tables. */
  public static Schema of(Iterable<Table> tables) {
    TreeMap<String, Table> byName = new TreeMap<>();
    for (Table table : tables) {
      if (byName.put(table.name(), table) != null) {
        throw new IllegalArgumentException("two tables are named " + table.name());
      }
    }
    return new Schema(byName);
  }

  /** The table of that name, if any. */
  public Optional<Table> table(String name) {
    return Optional.ofNullable(tables.get(name));
  }

  /** This schema with the table added, or replacing the one of the same name. */
  public Schema with(Table table) {
    TreeMap<String, Table> copy = new TreeMap<>(tables);
    copy.put(table.name(), table);
    return new Schema(copy);
  }

  /** This schema without the named table. */
  public Schema without(String tableName) {
    TreeMap<String, Table> copy = new TreeMap<>(tables);
    copy.remove(tableName);
    return new Schema(copy);
  }

  /** This schema with every table passed through {@code change}. */
  public Schema mapTables(java.util.function.UnaryOperator<Table> change) {
    TreeMap<String, Table> copy = new TreeMap<>();
    for (Map.Entry<String, Table> entry : tables.entrySet()) {
      copy.put(entry.getKey(), change.apply(entry.getValue()));
    }
    return new Schema(copy);
  }
}
