package dev.schemata.cli;

import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.ops.Operation;
import java.util.List;

/**
 * What data a list of operations destroys, as the lines the commands print: the runtime's own
 * {@link dev.schemata.runtime.diff.DataLoss}, so the command line and the compile-time warnings
 * never word it differently.
 */
final class DataLoss {
  private DataLoss() {}

  /** One line per operation that destroys data, in operation order; empty when none does. */
  static List<String> of(List<Operation> operations) {
    return dev.schemata.runtime.diff.DataLoss.of(operations).stream()
        .map(dev.schemata.runtime.diff.DataLoss.Loss::text).toList();
  }

  /** Whether some value of {@code from} may not survive conversion to {@code to}. */
  static boolean narrows(SqlType from, SqlType to) {
    return dev.schemata.runtime.diff.DataLoss.narrows(from, to);
  }
}
