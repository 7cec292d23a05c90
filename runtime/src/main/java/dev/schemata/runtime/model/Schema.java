package dev.schemata.runtime.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A whole database schema: its tables and its sequences by name, in name order so that every
 * rendering of a schema is deterministic. Immutable.
 *
 * @param tables the tables by name
 * @param sequences the sequences by name
 */
public record Schema(SortedMap<String, Table> tables, SortedMap<String, Sequence> sequences) {

  /** The schema with no tables and no sequences. */
  public static final Schema EMPTY = new Schema(new TreeMap<>());

  public Schema {
    TreeMap<String, Table> tableCopy = new TreeMap<>(tables);
    tableCopy.forEach((name, table) -> {
      if (!name.equals(table.name())) {
        throw new IllegalArgumentException("table " + table.name() + " is filed as " + name);
      }
    });
    TreeMap<String, Sequence> sequenceCopy = new TreeMap<>(sequences);
    sequenceCopy.forEach((name, sequence) -> {
      if (!name.equals(sequence.name())) {
        throw new IllegalArgumentException("sequence " + sequence.name() + " is filed as " + name);
      }
    });
    tables = Collections.unmodifiableSortedMap(tableCopy);
    sequences = Collections.unmodifiableSortedMap(sequenceCopy);
  }

  /** A schema of these tables by name, without sequences. */
  public Schema(SortedMap<String, Table> tables) {
    this(tables, new TreeMap<>());
  }

  /** A schema holding these tables. */
  public static Schema of(Iterable<Table> tables) {
    return of(tables, List.of());
  }

  /** A schema holding these tables and sequences. */
  public static Schema of(Iterable<Table> tables, Iterable<Sequence> sequences) {
    TreeMap<String, Table> byName = new TreeMap<>();
    for (Table table : tables) {
      if (byName.put(table.name(), table) != null) {
        throw new IllegalArgumentException("two tables are named " + table.name());
      }
    }
    TreeMap<String, Sequence> sequencesByName = new TreeMap<>();
    for (Sequence sequence : sequences) {
      if (sequencesByName.put(sequence.name(), sequence) != null) {
        throw new IllegalArgumentException("two sequences are named " + sequence.name());
      }
    }
    return new Schema(byName, sequencesByName);
  }

  /** The table of that name, if any. */
  public Optional<Table> table(String name) {
    return Optional.ofNullable(tables.get(name));
  }

  /** The sequence of that name, if any. */
  public Optional<Sequence> sequence(String name) {
    return Optional.ofNullable(sequences.get(name));
  }

  /** This schema with the table added, or replacing the one of the same name. */
  public Schema with(Table table) {
    TreeMap<String, Table> copy = new TreeMap<>(tables);
    copy.put(table.name(), table);
    return new Schema(copy, sequences);
  }

  /** This schema without the named table. */
  public Schema without(String tableName) {
    TreeMap<String, Table> copy = new TreeMap<>(tables);
    copy.remove(tableName);
    return new Schema(copy, sequences);
  }

  /** This schema with the sequence added, or replacing the one of the same name. */
  public Schema with(Sequence sequence) {
    TreeMap<String, Sequence> copy = new TreeMap<>(sequences);
    copy.put(sequence.name(), sequence);
    return new Schema(tables, copy);
  }

  /** This schema without the named sequence. */
  public Schema withoutSequence(String sequenceName) {
    TreeMap<String, Sequence> copy = new TreeMap<>(sequences);
    copy.remove(sequenceName);
    return new Schema(tables, copy);
  }

  /** This schema with every table passed through {@code change}. */
  public Schema mapTables(UnaryOperator<Table> change) {
    TreeMap<String, Table> copy = new TreeMap<>();
    for (Map.Entry<String, Table> entry : tables.entrySet()) {
      copy.put(entry.getKey(), change.apply(entry.getValue()));
    }
    return new Schema(copy, sequences);
  }
}
