package dev.schemata.runtime.dialect;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Table;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The constants each PostgreSQL enum type has, followed through the operations of one version.
 * Within a version the columns of one type may disagree for a while (one already altered, another
 * not yet, or a new one added for a data step while an old constant is still in use), so what the
 * type holds is what the statements rendered so far made of it, not what some column lists.
 */
final class TypeConstants {
  private final Map<String, Set<String>> changed = new HashMap<>();

  /**
   * The constants of the type in the database: as rendered earlier in the version, else as the
   * columns of {@code before} list them (which agree at the start of a version); empty when the
   * type does not exist.
   */
  Optional<Set<String>> of(String type, Schema before) {
    if (changed.containsKey(type)) {
      return Optional.ofNullable(changed.get(type));
    }
    for (Table table : before.tables().values()) {
      for (Column column : table.columns()) {
        if (type.equals(column.enumType())) {
          return Optional.of(new TreeSet<>(column.values()));
        }
      }
    }
    return Optional.empty();
  }

  /** Records that the statements rendered give the type these constants. */
  void set(String type, Set<String> constants) {
    changed.put(type, new TreeSet<>(constants));
  }

  /** Records that the type was dropped. */
  void drop(String type) {
    changed.put(type, null);
  }
}
