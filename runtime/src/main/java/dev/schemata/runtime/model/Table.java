package dev.schemata.runtime.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A table: its columns in declaration order, primary key, indexes, unique constraints and foreign
 * keys. Immutable: the {@code with…} and {@code without…} methods return changed copies.
 *
 * @param name the table name
 * @param columns the columns, in declaration order
 * @param primaryKey the primary key columns, in key order; empty when the table has none
 * @param indexes the indexes, kept in name order
 * @param uniqueConstraints the unique constraints, kept in name order
 * @param foreignKeys the foreign keys, kept in name order
 */
public record Table(String name, List<Column> columns, List<String> primaryKey,
    List<Index> indexes, List<UniqueConstraint> uniqueConstraints, List<ForeignKey> foreignKeys) {

  public Table {
    Names.check(name, "table name");
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    // Keyed objects are kept in name order so that equal tables are equal records.
    indexes = indexes.stream().sorted(Comparator.comparing(Index::name)).toList();
    uniqueConstraints = uniqueConstraints.stream()
        .sorted(Comparator.comparing(UniqueConstraint::name)).toList();
    foreignKeys = foreignKeys.stream().sorted(Comparator.comparing(ForeignKey::name)).toList();
    requireUnique(columns, Column::name, "column", name);
    requireUnique(indexes, Index::name, "index", name);
    requireUnique(uniqueConstraints, UniqueConstraint::name, "unique constraint", name);
    requireUnique(foreignKeys, ForeignKey::name, "foreign key", name);
    Set<String> columnNames = new HashSet<>(columns.stream().map(Column::name).toList());
    for (String key : primaryKey) {
      requireColumn(columnNames, key, "primary key", name);
    }
    for (Index index : indexes) {
      index.columns().forEach(c -> requireColumn(columnNames, c, "index " + index.name(), name));
    }
    for (UniqueConstraint unique : uniqueConstraints) {
      unique.columns().forEach(
          c -> requireColumn(columnNames, c, "unique constraint " + unique.name(), name));
    }
    for (ForeignKey key : foreignKeys) {
      key.columns().forEach(c -> requireColumn(columnNames, c, "foreign key " + key.name(), name));
    }
  }

  /** Starts a table; the fluent form used by generated migrations. */
  public static Builder named(String name) {
    return new Builder(name);
  }

  /** The column of that name, if any. */
  public Optional<Column> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  /** The index of that name, if any. */
  public Optional<Index> index(String indexName) {
    return indexes.stream().filter(i -> i.name().equals(indexName)).findFirst();
  }

  /** The unique constraint of that name, if any. */
  public Optional<UniqueConstraint> uniqueConstraint(String constraintName) {
    return uniqueConstraints.stream().filter(u -> u.name().equals(constraintName)).findFirst();
  }

  /** The foreign key of that name, if any. */
  public Optional<ForeignKey> foreignKey(String keyName) {
    return foreignKeys.stream().filter(f -> f.name().equals(keyName)).findFirst();
  }

  /** This table under another name. */
  public Table renamed(String newName) {
    return new Table(newName, columns, primaryKey, indexes, uniqueConstraints, foreignKeys);
  }

  /** This table with the column appended. */
  public Table withColumn(Column column) {
    return withColumns(appended(columns, column));
  }

  /** This table with the named column replaced, in place, by {@code column}. */
  public Table withColumnReplaced(String columnName, Column column) {
    List<Column> changed = new ArrayList<>(columns);
    changed.replaceAll(c -> c.name().equals(columnName) ? column : c);
    UnaryOperator<String> rename = c -> c.equals(columnName) ? column.name() : c;
    return new Table(name, changed, primaryKey.stream().map(rename).toList(),
        indexes.stream().map(i -> new Index(i.name(), i.columns().stream().map(rename).toList(),
            i.unique())).toList(),
        uniqueConstraints.stream().map(u -> new UniqueConstraint(u.name(),
            u.columns().stream().map(rename).toList())).toList(),
        foreignKeys.stream().map(f -> new ForeignKey(f.name(),
            f.columns().stream().map(rename).toList(), f.referencedTable(),
            f.referencedColumns())).toList());
  }

  /** This table without the named column. */
  public Table withoutColumn(String columnName) {
    return withColumns(columns.stream().filter(c -> !c.name().equals(columnName)).toList());
  }

  /** This table with the index added. */
  public Table withIndex(Index index) {
    return new Table(name, columns, primaryKey, appended(indexes, index), uniqueConstraints,
        foreignKeys);
  }

  /** This table without the named index. */
  public Table withoutIndex(String indexName) {
    return new Table(name, columns, primaryKey,
        indexes.stream().filter(i -> !i.name().equals(indexName)).toList(), uniqueConstraints,
        foreignKeys);
  }

  /** This table with the unique constraint added. */
  public Table withUniqueConstraint(UniqueConstraint unique) {
    return new Table(name, columns, primaryKey, indexes, appended(uniqueConstraints, unique),
        foreignKeys);
  }

  /** This table without the named unique constraint. */
  public Table withoutUniqueConstraint(String constraintName) {
    return new Table(name, columns, primaryKey, indexes,
        uniqueConstraints.stream().filter(u -> !u.name().equals(constraintName)).toList(),
        foreignKeys);
  }

  /** This table with the foreign key added. */
  public Table withForeignKey(ForeignKey key) {
    return new Table(name, columns, primaryKey, indexes, uniqueConstraints,
        appended(foreignKeys, key));
  }

  /** This table without the named foreign key. */
  public Table withoutForeignKey(String keyName) {
    return new Table(name, columns, primaryKey, indexes, uniqueConstraints,
        foreignKeys.stream().filter(f -> !f.name().equals(keyName)).toList());
  }

  /** This table with every foreign key that references {@code table} pointed at {@code newName}. */
  public Table withReferencedTableRenamed(String table, String newName) {
    return new Table(name, columns, primaryKey, indexes, uniqueConstraints,
        foreignKeys.stream().map(f -> f.referencedTable().equals(table)
            ? new ForeignKey(f.name(), f.columns(), newName, f.referencedColumns())
            : f).toList());
  }

  /** This table with foreign keys that reference {@code table.column} pointed at {@code newName}. */
  public Table withReferencedColumnRenamed(String table, String column, String newName) {
    return new Table(name, columns, primaryKey, indexes, uniqueConstraints,
        foreignKeys.stream().map(f -> f.referencedTable().equals(table)
            ? new ForeignKey(f.name(), f.columns(), table, f.referencedColumns().stream()
                .map(c -> c.equals(column) ? newName : c).toList())
            : f).toList());
  }

  private Table withColumns(List<Column> changed) {
    return new Table(name, changed, primaryKey, indexes, uniqueConstraints, foreignKeys);
  }

  private static <T> List<T> appended(List<T> list, T element) {
    List<T> copy = new ArrayList<>(list);
    copy.add(element);
    return copy;
  }

  private static <T> void requireUnique(List<T> items, Function<T, String> name, String what,
      String table) {
    Set<String> seen = new HashSet<>();
    for (T item : items) {
      if (!seen.add(name.apply(item))) {
        throw new IllegalArgumentException("table " + table + " has two of " + what + " "
            + name.apply(item));
      }
    }
  }

  private static void requireColumn(Set<String> columns, String column, String owner,
      String table) {
    if (!columns.contains(column)) {
      throw new IllegalArgumentException(owner + " of table " + table
          + " names column " + column + ", which the table does not have");
    }
  }

  /** Builds a {@link Table}; each call returns this builder. */
  public static final class Builder {
    private final String name;
    private final List<Column> columns = new ArrayList<>();
    private List<String> primaryKey = List.of();
    private final List<Index> indexes = new ArrayList<>();
    private final List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();

    private Builder(String name) {
      this.name = name;
    }

    /** Appends a column. */
    public Builder column(Column.Builder column) {
      columns.add(column.build());
      return this;
    }

    /** Sets the primary key columns, in key order. */
    public Builder primaryKey(String... columns) {
      this.primaryKey = List.of(columns);
      return this;
    }

    /** Adds an index. */
    public Builder index(Index.Builder index) {
      indexes.add(index.build());
      return this;
    }

    /** Adds a unique constraint. */
    public Builder unique(UniqueConstraint.Builder unique) {
      uniqueConstraints.add(unique.build());
      return this;
    }

    /** Adds a foreign key. */
    public Builder foreignKey(ForeignKey.Builder key) {
      foreignKeys.add(key.build());
      return this;
    }

    /** The table. */
    public Table build() {
      return new Table(name, columns, primaryKey, indexes, uniqueConstraints, foreignKeys);
    }
  }
}
