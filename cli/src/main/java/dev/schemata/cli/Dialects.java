package dev.schemata.cli;

import dev.schemata.runtime.dialect.Dialect;
import java.util.List;
import java.util.Locale;

/**
 * The dialects the runtime offers, by the names an operator types: h2, postgresql, mysql and
 * mariadb, in any case. They come from {@link Dialect#all()}, so a dialect added to the runtime
 * is accepted here without a change.
 */
final class Dialects {
  private Dialects() {}

  /** The names --dialect accepts, in the runtime's order. */
  static List<String> names() {
    return Dialect.all().stream().map(d -> d.name().toLowerCase(Locale.ROOT)).toList();
  }

  /** The names as a sentence fragment for messages: {@code h2, postgresql, mysql, mariadb}. */
  static String listed() {
    return String.join(", ", names());
  }

  /** The dialect of that name, in any case, or a usage error listing the known ones. */
  static Dialect named(String name) {
    try {
      return Dialect.named(name);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCode.USAGE, "Unknown dialect '" + name + "'. Use one of: "
          + listed() + ".");
    }
  }
}
