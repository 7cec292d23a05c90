package dev.schemata.processor.codegen;

import dev.schemata.runtime.ops.Operation;
import java.util.ArrayList;
import java.util.List;

/** The downgrade of an upgrade: the inverse of each operation, last first. */
final class Inverse {
  private Inverse() {}

  static List<Operation> of(List<Operation> upgrade) {
    List<Operation> downgrade = new ArrayList<>(upgrade.size());
    for (int i = upgrade.size() - 1; i >= 0; i--) {
      downgrade.add(upgrade.get(i).inverse());
    }
    return downgrade;
  }
}
