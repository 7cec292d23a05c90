package dev.schemata.processor.codegen;

import dev.schemata.runtime.diff.DataLoss;
import dev.schemata.runtime.ops.Operation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Javadoc paragraph that says which data a migration's downgrade destroys (as {@link
 * DataLoss} finds it), so that whoever reads the class knows that upgrading again cannot bring
 * it back. Wrapped to fit the generated source's width.
 */
final class DowngradeNote {
  private static final int WIDTH = 90;

  private DowngradeNote() {}

  /** The paragraph, ending in a line break, or empty when the downgrade destroys nothing. */
  static Optional<String> of(List<Operation> downgrade) {
    Map<DataLoss.Kind, Set<String>> targets = new EnumMap<>(DataLoss.Kind.class);
    for (DataLoss.Loss loss : DataLoss.of(downgrade)) {
      targets.computeIfAbsent(loss.kind(), k -> new LinkedHashSet<>()).add(loss.target());
    }
    List<String> parts = new ArrayList<>();
    add(parts, targets.get(DataLoss.Kind.DROPPED_TABLE), "every row of table ",
        "every row of tables ");
    add(parts, targets.get(DataLoss.Kind.DROPPED_COLUMN), "the values of column ",
        "the values of columns ");
    add(parts, targets.get(DataLoss.Kind.NARROWED_TYPE),
        "values that do not fit the narrower type of ",
        "values that do not fit the narrower types of ");
    add(parts, targets.get(DataLoss.Kind.REMOVED_CONSTANTS),
        "the enum constants removed from column ", "the enum constants removed from columns ");
    add(parts, targets.get(DataLoss.Kind.SHIFTED_ORDINALS),
        "the meaning of the ordinals stored in column ",
        "the meaning of the ordinals stored in columns ");
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(wrap("<p>Its downgrade destroys data that upgrading again does not bring"
        + " back: " + String.join("; ", parts) + "."));
  }

  private static void add(List<String> parts, Set<String> names, String one, String many) {
    if (names != null) {
      parts.add((names.size() == 1 ? one : many)
          + String.join(", ", names.stream().map(Javadoc::text).toList()));
    }
  }

  private static String wrap(String text) {
    StringBuilder wrapped = new StringBuilder();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH) {
        wrapped.append(line).append('\n');
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    return wrapped.append(line).append('\n').toString();
  }
}
