package dev.schemata.runtime.model;

import java.util.HashSet;
import java.util.List;

/** Checks of the column lists that keys, indexes and constraints carry. */
final class Columns {
  private Columns() {}

  static List<String> check(List<String> columns, String owner) {
    List<String> copy = List.copyOf(columns);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException(owner + " names no column");
    }
    for (String column : copy) {
      Names.check(column, "column of " + owner);
    }
    if (new HashSet<>(copy).size() != copy.size()) {
      throw new IllegalArgumentException(owner + " names a column twice: " + copy);
    }
    return copy;
  }
}
