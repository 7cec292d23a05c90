package dev.schemata.cli;

import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.ops.AlterColumn;
import dev.schemata.runtime.ops.DropColumn;
import dev.schemata.runtime.ops.DropTable;
import dev.schemata.runtime.ops.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * What data a list of operations destroys, in words: dropped tables and columns, and columns
 * whose values may not fit their new type. Running the opposite operations later brings the
 * structure back but not this data.
 */
final class DataLoss {
  private DataLoss() {}

  /** One line per operation that destroys data, in operation order; empty when none does. */
  static List<String> of(List<Operation> operations) {
    List<String> lost = new ArrayList<>();
    for (Operation operation : operations) {
      if (operation instanceof DropTable drop) {
        lost.add("every row of table " + drop.table());
      } else if (operation instanceof DropColumn drop) {
        lost.add("the values of column " + drop.table() + "." + drop.column().name());
      } else if (operation instanceof AlterColumn alter
          && narrows(alter.from().type(), alter.to().type())) {
        lost.add("values of column " + alter.table() + "." + alter.from().name()
            + " that do not fit " + alter.to().type() + " (now " + alter.from().type() + ")");
      }
    }
    return lost;
  }

  /** Whether some value of {@code from} may not survive conversion to {@code to}. */
  static boolean narrows(SqlType from, SqlType to) {
    if (from.equals(to)) {
      return false;
    }
    if (from.kind() != to.kind()) {
      return !widerKind(from.kind(), to.kind());
    }
    return to.length() < from.length() || to.precision() < from.precision()
        || to.scale() < from.scale() || to.precision() - to.scale()
            < from.precision() - from.scale();
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
