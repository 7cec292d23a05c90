package dev.schemata.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/** Lists, one line each, how the migrated schema differs from Hibernate's export. */
final class ShapeDifferences {
  private ShapeDifferences() {}

  static List<String> between(SortedMap<String, TableShape> hibernate,
      SortedMap<String, TableShape> schemata) {
    List<String> lines = new ArrayList<>();
    SortedSet<String> tables = new TreeSet<>(hibernate.keySet());
    tables.addAll(schemata.keySet());
    for (String table : tables) {
      TableShape expected = hibernate.get(table);
      TableShape actual = schemata.get(table);
      if (expected == null || actual == null) {
        lines.add(table + ": only " + (expected == null ? "Schemata" : "Hibernate")
            + " creates it");
        continue;
      }
      compare(lines, table + " column", expected, actual, TableShape::columns);
      compare(lines, table + " index", expected, actual, TableShape::indexes);
      compare(lines, table + " foreign key", expected, actual, TableShape::foreignKeys);
      // Hibernate keeps a name only where the user wrote it; Schemata derives the others.
      expected.names().stream().filter(n -> !actual.names().contains(n))
          .forEach(n -> lines.add(table + " name only from Hibernate: " + n));
      if (!expected.primaryKey().equals(actual.primaryKey())) {
        lines.add(table + " primary key: Hibernate " + expected.primaryKey() + ", Schemata "
            + actual.primaryKey());
      }
    }
    return lines;
  }

  /** The sequences only one side has, or has with another start or increment. */
  static List<String> sequences(SortedSet<String> hibernate, SortedSet<String> schemata) {
    List<String> lines = new ArrayList<>();
    hibernate.stream().filter(s -> !schemata.contains(s))
        .forEach(s -> lines.add("sequence only from Hibernate: " + s));
    schemata.stream().filter(s -> !hibernate.contains(s))
        .forEach(s -> lines.add("sequence only from Schemata: " + s));
    return lines;
  }

  private static void compare(List<String> lines, String what, TableShape expected,
      TableShape actual, Function<TableShape, SortedSet<String>> part) {
    for (String item : part.apply(expected)) {
      if (!part.apply(actual).contains(item)) {
        lines.add(what + " only from Hibernate: " + item);
      }
    }
    for (String item : part.apply(actual)) {
      if (!part.apply(expected).contains(item)) {
        lines.add(what + " only from Schemata: " + item);
      }
    }
  }
}
