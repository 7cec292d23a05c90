package dev.schemata.runtime.jdbc;

import dev.schemata.runtime.dialect.Dialect;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a column default as an engine reports it back into the literal the model holds, removing
 * what the engine adds: PostgreSQL's casts ({@code 'open'::character varying}), MariaDB's text
 * {@code NULL} for no default and its bit literals.
 */
final class DefaultValues {
  private static final Pattern POSTGRES_CAST =
      Pattern.compile("(.*?)::[a-z][a-z0-9_ ]*(\\(\\d+(,\\d+)?\\))?(\\[\\])?", Pattern.DOTALL);

  private DefaultValues() {}

  static String read(Dialect dialect, String reported) {
    if (reported == null) {
      return null;
    }
    String text = reported.strip();
    if (dialect == Dialect.POSTGRESQL) {
      Matcher cast = POSTGRES_CAST.matcher(text);
      while (cast.matches() && isLiteral(cast.group(1))) {
        text = cast.group(1);
        cast = POSTGRES_CAST.matcher(text);
      }
      // Negative numbers come back in parentheses, as in (-1)::integer.
      if (text.matches("\\(-[0-9.]+\\)")) {
        text = text.substring(1, text.length() - 1);
      }
    }
    if (dialect == Dialect.MYSQL || dialect == Dialect.MARIADB) {
      switch (text.toLowerCase(Locale.ROOT)) {
        case "null":
          return null;
        case "b'1'":
          return "TRUE";
        case "b'0'":
          return "FALSE";
        default:
          break;
      }
    }
    return text;
  }

  private static boolean isLiteral(String text) {
    return text.startsWith("'") && text.endsWith("'") || text.matches("\\(?-?[0-9.]+\\)?");
  }
}
