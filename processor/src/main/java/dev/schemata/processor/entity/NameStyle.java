package dev.schemata.processor.entity;

import java.util.Locale;
import java.util.Optional;

/**
 * How the names of tables and columns are turned into the names the database gets, chosen with
 * the processor option {@value #OPTION}. Applies to implicit and explicit names alike, as a
 * Hibernate physical naming strategy does; never to the names of indexes, unique constraints and
 * foreign keys written in annotations.
 */
public enum NameStyle {
  /** Names as JPA and Hibernate ORM give them by default: case and underscores kept. */
  JPA("jpa"),
  /**
   * Spring Boot's {@code CamelCaseToUnderscoresNamingStrategy} (Hibernate's
   * {@code PhysicalNamingStrategySnakeCaseImpl}): dots become underscores, an underscore goes
   * before each upper-case letter that stands between lower-case letters or digits, and the
   * whole name is lower-cased: {@code purchaseOrder} becomes {@code purchase_order}.
   */
  SNAKE_CASE("snake_case");

  /** The processor option that selects the style: {@code -Aschemata.naming=snake_case}. */
  public static final String OPTION = "schemata.naming";

  private final String optionValue;

  NameStyle(String optionValue) {
    this.optionValue = optionValue;
  }

  /** The value of {@link #OPTION} that selects this style. */
  public String optionValue() {
    return optionValue;
  }

  /** The style named by an option value, if it names one. */
  public static Optional<NameStyle> fromOption(String value) {
    for (NameStyle style : values()) {
      if (style.optionValue.equals(value)) {
        return Optional.of(style);
      }
    }
    return Optional.empty();
  }

  /** The physical name of a table or column whose logical name is {@code name}. */
  String apply(String name) {
    if (this == JPA) {
      return name;
    }
    StringBuilder builder = new StringBuilder(name.replace('.', '_'));
    for (int i = 1; i < builder.length() - 1; i++) {
      if (splits(builder.charAt(i - 1), builder.charAt(i), builder.charAt(i + 1))) {
        builder.insert(i++, '_');
      }
    }
    return builder.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean splits(char before, char current, char after) {
    return (Character.isLowerCase(before) || Character.isDigit(before))
        && Character.isUpperCase(current)
        && (Character.isLowerCase(after) || Character.isDigit(after));
  }
}
