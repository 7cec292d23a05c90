package dev.schemata.processor.entity;

import dev.schemata.processor.diagnostic.Message;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of indexes, unique constraints and foreign keys across the schema. They must differ
 * schema-wide, not only per table: PostgreSQL keeps index names in one namespace per schema.
 */
final class ConstraintNames {
  private final Map<String, NamedObject> claimed = new HashMap<>();

  /** Records a finding for each object whose name an earlier one holds; true when none. */
  boolean check(List<NamedObject> objects, List<Finding> findings) {
    Map<String, NamedObject> seen = new HashMap<>(claimed);
    boolean free = true;
    for (NamedObject object : objects) {
      NamedObject holder = seen.putIfAbsent(object.name(), object);
      if (holder != null) {
        free = false;
        findings.add(new Finding(Message.DUPLICATE_CONSTRAINT_NAME, object.element(),
            object.annotation(), null, List.of(object.kind(), object.name(), object.table(),
                holder.kind(), holder.table())));
      }
    }
    return free;
  }

  /** Holds the names of an accepted table's objects. */
  void claim(List<NamedObject> objects) {
    objects.forEach(o -> claimed.put(o.name(), o));
  }
}
