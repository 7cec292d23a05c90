package dev.schemata.runtime.diff;

import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.ops.AlterColumn;
import dev.schemata.runtime.ops.DropColumn;
import dev.schemata.runtime.ops.DropTable;
import dev.schemata.runtime.ops.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What data a list of operations destroys: the rows of dropped tables, the values of dropped
 * columns, and values that may not fit a column's new, narrower type. Running the opposite
 * operations later brings the structure back but not this data. The processor warns of it before
 * an upgrade is written; the runtime says which downgrades destroy data.
 */
public final class DataLoss {
  private DataLoss() {}

  /**
   * One piece of data an operation destroys.
   *
   * @param table the table
   * @param column the column, or {@code null} when the whole table goes
   * @param text what is lost, in words, as in {@code every row of table tasks}
   */
  public record Loss(String table, String column, String text) {

    public Loss {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(text, "text");
    }

    /** {@code table} or {@code table.column}: how an acknowledgement names this loss. */
    public String target() {
      return column == null ? table : table + "." + column;
    }
  }

  /** One loss per operation that destroys data, in operation order; empty when none does. */
  public static List<Loss> of(List<Operation> operations) {
    List<Loss> lost = new ArrayList<>();
    for (Operation operation : operations) {
      if (operation instanceof DropTable drop) {
        lost.add(new Loss(drop.table(), null, "every row of table " + drop.table()));
      } else if (operation instanceof DropColumn drop) {
        lost.add(new Loss(drop.table(), drop.column().name(), "the values of column "
            + drop.table() + "." + drop.column().name()));
      } else if (operation instanceof AlterColumn alter
          && narrows(alter.from().type(), alter.to().type())) {
        lost.add(new Loss(alter.table(), alter.from().name(), "values of column "
            + alter.table() + "." + alter.from().name() + " that do not fit " + alter.to().type()
            + " (now " + alter.from().type() + ")"));
      }
    }
    return List.copyOf(lost);
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
