package dev.schemata.processor.entity;

import java.util.Optional;

/**
 * How a column that holds a Java enum by name is restricted to its constants on PostgreSQL,
 * chosen with the processor option {@value #OPTION}. Other engines ignore the choice.
 */
public enum PostgresEnums {
  /** A check constraint listing the constants, as Hibernate ORM 7 does by default. */
  CHECK("check"),
  /**
   * A named enum type per Java enum ({@code create type Status as enum (…)}), as Hibernate ORM 7
   * creates with {@code hibernate.type.prefer_native_enum_types=true}: named after the enum's
   * simple class name and shared by every column that holds that enum by name.
   */
  NATIVE("native");

  /** The processor option: {@code -Aschemata.postgresEnums=native}. */
  public static final String OPTION = "schemata.postgresEnums";

  private final String optionValue;

  PostgresEnums(String optionValue) {
    this.optionValue = optionValue;
  }

  /** The choice named by an option value, if it names one. */
  public static Optional<PostgresEnums> fromOption(String value) {
    for (PostgresEnums choice : values()) {
      if (choice.optionValue.equals(value)) {
        return Optional.of(choice);
      }
    }
    return Optional.empty();
  }
}
