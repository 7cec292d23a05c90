package dev.schemata.cli;

import dev.schemata.runtime.dialect.Dialect;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dialects the runtime offers, by name. They are read from the public constants of {@link
 * Dialect}, so a dialect added to the runtime is accepted here without a change.
 */
final class Dialects {
  private Dialects() {}

  static Map<String, Dialect> all() {
    Map<String, Dialect> byName = new TreeMap<>();
    for (Field field : Dialect.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == Dialect.class) {
        try {
          byName.put(field.getName().toLowerCase(Locale.ROOT), (Dialect) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("public constant " + field + " is not readable", e);
        }
      }
    }
    return byName;
  }

  /** The dialect of that name, in any case, or a usage error listing the known ones. */
  static Dialect named(String name) {
    Map<String, Dialect> all = all();
    String key = name.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, Dialect> entry : all.entrySet()) {
      if (entry.getKey().equals(key)
          || entry.getValue().name().toLowerCase(Locale.ROOT).equals(key)) {
        return entry.getValue();
      }
    }
    throw new CliException(ExitCode.USAGE, "Unknown dialect '" + name + "'. Use one of: "
        + String.join(", ", all.keySet()) + ".");
  }
}
