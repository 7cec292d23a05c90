package dev.schemata.runtime;

import dev.schemata.runtime.model.SqlType;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A column default reduced to what matters for equality, so that the spellings engines report
 * back compare equal to the literal the migrations wrote:
 *
 * <ul>
 *   <li>wrapping parentheses and trailing type casts go ({@code ('open'::character varying)});
 *   <li>numbers compare by value, as MariaDB reports {@code 0} on a {@code decimal(12,2)} column
 *       as {@code 0.00}, and PostgreSQL keeps a quoted number as it was written;
 *   <li>on a boolean column {@code 1} and {@code 0} are {@code TRUE} and {@code FALSE}, as MySQL
 *       and MariaDB keep booleans declared by hand as {@code tinyint(1)};
 *   <li>{@code NOW()} and the {@code CURRENT_*()} functions, which MariaDB reports with
 *       parentheses, are the SQL standard's {@code CURRENT_*} words;
 *   <li>the case of unquoted words is set aside, and {@code NULL} is no default.
 * </ul>
 */
final class DefaultText {
  private static final Pattern CAST =
      Pattern.compile("::[A-Za-z][A-Za-z0-9_ ]*(\\([0-9, ]*\\))?$");
  private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");
  private static final Map<String, String> FUNCTIONS = Map.of(
      "NOW()", "CURRENT_TIMESTAMP",
      "CURRENT_TIMESTAMP()", "CURRENT_TIMESTAMP",
      "CURRENT_DATE()", "CURRENT_DATE",
      "CURRENT_TIME()", "CURRENT_TIME",
      "LOCALTIMESTAMP()", "LOCALTIMESTAMP");

  private DefaultText() {}

  /**
   * The canonical form of a default of a column of {@code type}, or {@code null} for none.
   *
   * @param type the column's type, or {@code null} when it is not known
   */
  static String canonical(String text, SqlType type) {
    String value = unwrapped(text);
    if (value == null) {
      return null;
    }
    if (isNumeric(type) && value.length() > 2 && value.startsWith("'") && value.endsWith("'")
        && NUMBER.matcher(value.substring(1, value.length() - 1)).matches()) {
      value = value.substring(1, value.length() - 1);
    }
    if (NUMBER.matcher(value).matches()) {
      value = new BigDecimal(value).stripTrailingZeros().toPlainString();
      if (type != null && type.kind() == SqlType.Kind.BOOLEAN) {
        return value.equals("1") ? "TRUE" : value.equals("0") ? "FALSE" : value;
      }
      return value;
    }
    if (value.startsWith("'")) {
      return value;
    }
    String upper = value.toUpperCase(Locale.ROOT);
    return FUNCTIONS.getOrDefault(upper, upper);
  }

  /** Whether the default is a call of the sequence that feeds an identity column. */
  static boolean isSequenceCall(String text) {
    String value = unwrapped(text);
    return value != null && value.toUpperCase(Locale.ROOT).startsWith("NEXTVAL(");
  }

  private static String unwrapped(String text) {
    if (text == null) {
      return null;
    }
    String value = text.strip();
    boolean changed = true;
    while (changed) {
      String before = value;
      value = CAST.matcher(value).replaceFirst("").strip();
      if (value.length() > 1 && value.startsWith("(") && value.endsWith(")")) {
        value = value.substring(1, value.length() - 1).strip();
      }
      changed = !value.equals(before);
    }
    return value.isEmpty() || value.equalsIgnoreCase("null") ? null : value;
  }

  private static boolean isNumeric(SqlType type) {
    if (type == null) {
      return false;
    }
    return switch (type.kind()) {
      case TINYINT, SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, DECIMAL -> true;
      default -> false;
    };
  }
}
