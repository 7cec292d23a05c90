package dev.schemata.runtime.diff;

import java.util.Collections;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the differ cannot see in two schemas alone: which tables and columns were renamed, so
 * that it renames them and keeps their data instead of dropping and creating them, and which
 * value fills a NOT NULL column, new or made NOT NULL, in the rows a table holds already that
 * have no value for it. Immutable; each {@code with…} method returns a changed copy.
 *
 * @param renamedTables new table names by old table name
 * @param renamedColumns new column names by table (its new name) and old column name
 * @param fills SQL literals by table and column (new names) of columns that are NOT NULL without
 *     a default: when such a column is added, or made NOT NULL, the existing rows (those holding
 *     NULL) get the literal, and the column keeps no default afterwards
 */
public record DiffHints(SortedMap<String, String> renamedTables,
    SortedMap<ColumnName, String> renamedColumns, SortedMap<ColumnName, String> fills) {

  /** No renames, no fills: the differ pairs tables and columns by name only. */
  public static final DiffHints NONE = new DiffHints(new TreeMap<>(), new TreeMap<>(),
      new TreeMap<>());

  public DiffHints {
    renamedTables = Collections.unmodifiableSortedMap(new TreeMap<>(renamedTables));
    renamedColumns = Collections.unmodifiableSortedMap(new TreeMap<>(renamedColumns));
    fills = Collections.unmodifiableSortedMap(new TreeMap<>(fills));
  }

  /** These hints with table {@code from} renamed to {@code to}. */
  public DiffHints withRenamedTable(String from, String to) {
    TreeMap<String, String> tables = new TreeMap<>(renamedTables);
    tables.put(Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"));
    return new DiffHints(tables, renamedColumns, fills);
  }

  /**
   * These hints with column {@code from} of {@code table} renamed to {@code to}.
   *
   * @param table the table's name in the new schema, after any rename of the table itself
   */
  public DiffHints withRenamedColumn(String table, String from, String to) {
    TreeMap<ColumnName, String> columns = new TreeMap<>(renamedColumns);
    columns.put(new ColumnName(table, from), Objects.requireNonNull(to, "to"));
    return new DiffHints(renamedTables, columns, fills);
  }

  /**
   * These hints with {@code literal} as the value for existing rows of a column that is added NOT
   * NULL or made NOT NULL.
   */
  public DiffHints withFill(String table, String column, String literal) {
    TreeMap<ColumnName, String> values = new TreeMap<>(fills);
    values.put(new ColumnName(table, column), Objects.requireNonNull(literal, "literal"));
    return new DiffHints(renamedTables, renamedColumns, values);
  }

  /** The fill of a column of the new schema, if one is given. */
  public Optional<String> fill(String table, String column) {
    return Optional.ofNullable(fills.get(new ColumnName(table, column)));
  }

  /**
   * A column named by its table and its own name.
   *
   * @param table the table name
   * @param column the column name
   */
  public record ColumnName(String table, String column) implements Comparable<ColumnName> {
    private static final Comparator<ColumnName> ORDER = Comparator.comparing(ColumnName::table)
        .thenComparing(ColumnName::column);

    public ColumnName {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(column, "column");
    }

    @Override
    public int compareTo(ColumnName other) {
      return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
      return table + "." + column;
    }
  }
}
