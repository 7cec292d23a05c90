package dev.schemata.processor.entity;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * The elements behind tables and columns, so that a later stage's problem with a table or column
 * can be reported on the entity or field that declares it. Immutable.
 */
public final class SourceMap {
  private final Map<String, Element> tables;
  private final Map<String, Map<String, Element>> columns;

  SourceMap(Map<String, Element> tables, Map<String, Map<String, Element>> columns) {
    this.tables = Map.copyOf(tables);
    Map<String, Map<String, Element>> copy = new HashMap<>();
    columns.forEach((table, byName) -> copy.put(table, Map.copyOf(byName)));
    this.columns = Collections.unmodifiableMap(copy);
  }

  /** The entity class that maps to the table, if the table was read from one. */
  public Optional<Element> table(String table) {
    return Optional.ofNullable(tables.get(table));
  }

  /** The field that maps to the column of the table, if it was read from one. */
  public Optional<Element> column(String table, String column) {
    return Optional.ofNullable(columns.getOrDefault(table, Map.of()).get(column));
  }
}
