package dev.schemata.runtime.diff;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.ops.AlterColumn;
import dev.schemata.runtime.ops.DropColumn;
import dev.schemata.runtime.ops.DropTable;
import dev.schemata.runtime.ops.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What data a list of operations destroys: the rows of dropped tables, the values of dropped
 * columns, values that may not fit a column's new, narrower type, the enum constants a column
 * holding names no longer accepts, and the meaning of ordinals a column holding ordinals stores
 * when constants are removed or reordered. Running the opposite operations later brings the
 * structure back but not this data. The processor warns of it before an upgrade is written; the
 * runtime says which downgrades destroy data.
 *
 * <p>Removed constants are worded the same way in both directions: an upgrade that removes
 * constants and the downgrade of a version that added them both fail, changing nothing, while a
 * row still holds one; the rows have to be moved to another constant first, and that is where
 * their value goes.
 */
public final class DataLoss {
  private DataLoss() {}

  /** What kind of data is lost. */
  public enum Kind {
    /** Every row of a dropped table. */
    DROPPED_TABLE,
    /** The values of a dropped column. */
    DROPPED_COLUMN,
    /** The values that do not fit a column's narrower type. */
    NARROWED_TYPE,
    /** Enum constants that a column holding names no longer accepts. */
    REMOVED_CONSTANTS,
    /** What the ordinals stored in a column holding enum ordinals stand for. */
    SHIFTED_ORDINALS
  }

  /**
   * One piece of data an operation destroys.
   *
   * @param kind what kind of data
   * @param table the table
   * @param column the column, or {@code null} when the whole table goes
   * @param text what is lost, in words, as in {@code every row of table tasks}
   */
  public record Loss(Kind kind, String table, String column, String text) {

    public Loss {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(text, "text");
    }

    /** {@code table} or {@code table.column}: how an acknowledgement names this loss. */
    public String target() {
      return column == null ? table : table + "." + column;
    }
  }

  /**
   * One loss per kind of data each operation destroys, in operation order; empty when nothing
   * is. An altered column may lose both values that do not fit its narrower type and enum
   * constants.
   */
  public static List<Loss> of(List<Operation> operations) {
    List<Loss> lost = new ArrayList<>();
    for (Operation operation : operations) {
      if (operation instanceof DropTable drop) {
        lost.add(new Loss(Kind.DROPPED_TABLE, drop.table(), null,
            "every row of table " + drop.table()));
      } else if (operation instanceof DropColumn drop) {
        lost.add(new Loss(Kind.DROPPED_COLUMN, drop.table(), drop.column().name(),
            "the values of column " + drop.table() + "." + drop.column().name()));
      } else if (operation instanceof AlterColumn alter) {
        lost.addAll(alterations(alter));
      }
    }
    return List.copyOf(lost);
  }

  private static List<Loss> alterations(AlterColumn alter) {
    List<Loss> lost = new ArrayList<>();
    String table = alter.table();
    Column from = alter.from();
    Column to = alter.to();
    String column = table + "." + from.name();
    if (narrows(from.type(), to.type())) {
      lost.add(new Loss(Kind.NARROWED_TYPE, table, from.name(), "values of column " + column
          + " that do not fit " + to.type() + " (now " + from.type() + ")"));
    }
    List<String> removed = removedConstants(from, to);
    if (!removed.isEmpty()) {
      boolean one = removed.size() == 1;
      lost.add(new Loss(Kind.REMOVED_CONSTANTS, table, from.name(), "the enum constant"
          + (one ? " " : "s ") + String.join(", ", removed) + " of column " + column
          + " (while a row holds " + (one ? "it" : "one of them")
          + ", the migration fails and changes nothing)"));
    }
    List<Integer> ordinals = changedOrdinals(from, to);
    if (!ordinals.isEmpty()) {
      lost.add(new Loss(Kind.SHIFTED_ORDINALS, table, from.name(),
          "the meaning of the ordinals stored in column " + column + ": " + ordinals.stream()
              .map(ordinal -> meaning(ordinal, from, to)).collect(Collectors.joining("; "))));
    }
    return lost;
  }

  private static String meaning(int ordinal, Column from, Column to) {
    String was = ordinal + " meant " + from.values().get(ordinal);
    return ordinal < to.values().size() ? was + " and now means " + to.values().get(ordinal)
        : was + " and is out of range (while a row holds it, the migration fails and changes"
            + " nothing)";
  }

  /**
   * The constants, in {@code from}'s order, that a column holding enum names accepts before and
   * no longer after; empty when either column holds no enum by name.
   */
  public static List<String> removedConstants(Column from, Column to) {
    if (!byName(from) || !byName(to)) {
      return List.of();
    }
    return from.values().stream().filter(value -> !to.values().contains(value)).toList();
  }

  /**
   * The ordinals, ascending, that stand for another constant, or for none, after a column
   * holding enum ordinals changes: removing or reordering constants shifts them. Empty when
   * either column holds no enum by ordinal, or constants were only appended.
   */
  public static List<Integer> changedOrdinals(Column from, Column to) {
    if (!from.isEnum() || !to.isEnum() || byName(from) || byName(to)) {
      return List.of();
    }
    List<Integer> changed = new ArrayList<>();
    for (int ordinal = 0; ordinal < from.values().size(); ordinal++) {
      if (ordinal >= to.values().size()
          || !from.values().get(ordinal).equals(to.values().get(ordinal))) {
        changed.add(ordinal);
      }
    }
    return List.copyOf(changed);
  }

  private static boolean byName(Column column) {
    return column.isEnum() && (column.type().kind() == SqlType.Kind.VARCHAR
        || column.type().kind() == SqlType.Kind.CHAR);
  }

  /** Whether any of the operations destroys data. */
  public static boolean destroys(List<Operation> operations) {
    return !of(operations).isEmpty();
  }

  /** Whether some value of type {@code from} may not survive conversion to {@code to}. */
  public static boolean narrows(SqlType from, SqlType to) {
    if (from.equals(to)) {
      return false;
    }
    if (from.kind() != to.kind()) {
      return !widerKind(from.kind(), to.kind());
    }
    return to.length() < from.length() || to.precision() < from.precision()
        || to.scale() < from.scale()
        || to.precision() - to.scale() < from.precision() - from.scale();
  }

  private static boolean widerKind(SqlType.Kind from, SqlType.Kind to) {
    List<SqlType.Kind> integers = List.of(SqlType.Kind.TINYINT, SqlType.Kind.SMALLINT,
        SqlType.Kind.INTEGER, SqlType.Kind.BIGINT);
    return integers.contains(from) && integers.contains(to)
        && integers.indexOf(to) > integers.indexOf(from)
        || from == SqlType.Kind.VARCHAR && to == SqlType.Kind.CLOB
        || from == SqlType.Kind.VARBINARY && to == SqlType.Kind.BLOB
        || from == SqlType.Kind.REAL && to == SqlType.Kind.DOUBLE;
  }
}
