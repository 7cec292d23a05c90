package dev.schemata.processor.codegen;

import dev.schemata.runtime.diff.DataLoss;
import dev.schemata.runtime.ops.AlterColumn;
import dev.schemata.runtime.ops.DropColumn;
import dev.schemata.runtime.ops.DropTable;
import dev.schemata.runtime.ops.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Javadoc paragraph that says which data a migration's downgrade destroys, so that whoever
 * reads the class knows that upgrading again cannot bring it back. Wrapped to fit the generated
 * source's width.
 */
final class DowngradeNote {
  private static final int WIDTH = 90;

  private DowngradeNote() {}

  /** The paragraph, ending in a line break, or empty when the downgrade destroys nothing. */
  static Optional<String> of(List<Operation> downgrade) {
    List<String> tables = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    List<String> narrowed = new ArrayList<>();
    for (Operation op : downgrade) {
      if (op instanceof DropTable drop) {
        tables.add(drop.table());
      } else if (op instanceof DropColumn drop) {
        columns.add(drop.table() + "." + drop.column().name());
      } else if (op instanceof AlterColumn alter
          && DataLoss.narrows(alter.from().type(), alter.to().type())) {
        narrowed.add(alter.table() + "." + alter.from().name());
      }
    }
    List<String> parts = new ArrayList<>();
    add(parts, tables, "every row of table ", "every row of tables ");
    add(parts, columns, "the values of column ", "the values of columns ");
    add(parts, narrowed, "values that do not fit the narrower type of ",
        "values that do not fit the narrower types of ");
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(wrap("<p>Its downgrade destroys data that upgrading again does not bring"
        + " back: " + String.join("; ", parts) + "."));
  }

  private static void add(List<String> parts, List<String> names, String one, String many) {
    if (!names.isEmpty()) {
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
