package dev.schemata.processor.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The column list of an {@code @Index}: {@code "a, b DESC"}. JPA's grammar allows an order after
 * each column; it is parsed and checked, and not kept yet, since the model has no sort order.
 *
 * @param columns the column names in order, when the list is usable
 * @param problem why the list is unusable, or null
 */
record ColumnList(List<String> columns, String problem) {
  private static final Pattern ITEM =
      Pattern.compile("(\\S+)(?:\\s+(?:ASC|DESC))?", Pattern.CASE_INSENSITIVE);

  ColumnList {
    columns = List.copyOf(columns);
  }

  /** Whether the list can be used. */
  boolean usable() {
    return problem == null;
  }

  /** Parses the text of {@code @Index(columnList)}. */
  static ColumnList parse(String text) {
    if (text.isBlank()) {
      return new ColumnList(List.of(), "it is empty");
    }
    List<String> columns = new ArrayList<>();
    for (String item : text.split(",", -1)) {
      Matcher matcher = ITEM.matcher(item.strip());
      if (!matcher.matches()) {
        return new ColumnList(List.of(), "'" + item.strip()
            + "' is not a column name optionally followed by ASC or DESC");
      }
      columns.add(matcher.group(1));
    }
    return of(columns);
  }

  /** Checks a list given as names, such as {@code @UniqueConstraint(columnNames)}. */
  static ColumnList of(List<String> columns) {
    if (columns.isEmpty()) {
      return new ColumnList(List.of(), "it is empty");
    }
    Set<String> seen = new HashSet<>();
    for (String column : columns) {
      if (column.isBlank() || !column.equals(column.strip())) {
        return new ColumnList(List.of(), "'" + column + "' is not a column name");
      }
      if (!seen.add(column)) {
        return new ColumnList(List.of(), "column " + column + " appears twice");
      }
    }
    return new ColumnList(columns, null);
  }
}
