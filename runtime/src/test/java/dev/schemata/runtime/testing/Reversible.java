package dev.schemata.runtime.testing;

import dev.schemata.runtime.ops.Migration;
import dev.schemata.runtime.ops.Operation;
import dev.schemata.runtime.ops.SchemaChange;
import java.util.List;

/** A test migration whose downgrade is the inverse of its upgrade, as the processor writes it. */
public abstract class Reversible implements Migration {

  @Override
  public void downgrade(SchemaChange change) {
    SchemaChange upgrade = new SchemaChange();
    upgrade(upgrade);
    List<Operation> operations = upgrade.operations();
    for (int i = operations.size() - 1; i >= 0; i--) {
      change.apply(operations.get(i).inverse());
    }
  }
}
