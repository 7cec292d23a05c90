package dev.schemata.runtime.diff;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Sequence;
import dev.schemata.runtime.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BinaryOperator;

/** The words for model objects that the change and drift summaries share. */
final class Phrases {
  private Phrases() {}

  /**
   * Each attribute in which two columns differ, in a fixed order (type, nullability, default,
   * identity), worded by {@code pair} from the first column's and the second's phrase.
   */
  static List<String> columnDifferences(Column first, Column second,
      BinaryOperator<String> pair) {
    List<String> differences = new ArrayList<>();
    if (!first.type().equals(second.type())) {
      differences.add(pair.apply(first.type().toString(), second.type().toString()));
    }
    if (first.nullable() != second.nullable()) {
      differences.add(pair.apply(nullability(first), nullability(second)));
    }
    if (!Objects.equals(first.defaultValue(), second.defaultValue())) {
      differences.add(pair.apply(defaultValue(first), defaultValue(second)));
    }
    if (first.identity() != second.identity()) {
      differences.add(pair.apply(identity(first), identity(second)));
    }
    return differences;
  }

  static String nullability(Column column) {
    return column.nullable() ? "NULL" : "NOT NULL";
  }

  static String defaultValue(Column column) {
    return column.defaultValue() == null ? "no default" : "DEFAULT " + column.defaultValue();
  }

  static String identity(Column column) {
    return column.identity() ? "IDENTITY" : "no identity";
  }

  static String index(Index index) {
    return (index.unique() ? "unique index " : "index ") + index.name() + " "
        + list(index.columns());
  }

  static String unique(UniqueConstraint unique) {
    return "unique constraint " + unique.name() + " " + list(unique.columns());
  }

  static String foreignKey(ForeignKey key) {
    return "foreign key " + key.name() + " " + list(key.columns()) + " -> "
        + key.referencedTable() + " " + list(key.referencedColumns());
  }

  static String sequenceSettings(Sequence sequence) {
    return "start " + sequence.start() + ", increment " + sequence.increment();
  }

  static String list(List<String> names) {
    return "(" + String.join(", ", names) + ")";
  }
}
