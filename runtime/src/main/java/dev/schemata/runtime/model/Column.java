package dev.schemata.runtime.model;

import java.util.List;
import java.util.Objects;

/**
 * A column of a table.
 *
 * @param name the column name as declared
 * @param type the column type
 * @param nullable whether the column accepts NULL
 * @param defaultValue the default as an SQL literal, or {@code null} for none
 * @param identity whether the database generates the value (an identity or auto-increment column)
 * @param values the constants of the Java enum the column holds, in declaration order, or empty
 *     when it holds no enum: a text column holds their names, an integer column their ordinals
 *     {@code 0} to {@code values.size() - 1}, and each dialect restricts the column to those
 * @param enumType the name of a database type that lists the constants, for an enum held by name
 *     on an engine that has named enum types (PostgreSQL's {@code CREATE TYPE … AS ENUM}); {@code
 *     null} to restrict the column as the engine's Hibernate ORM dialect does by default. Columns
 *     that name the same type share it, and must list the same constants.
 */
public record Column(String name, SqlType type, boolean nullable, String defaultValue,
    boolean identity, List<String> values, String enumType) {

  public Column {
    Names.check(name, "column name");
    Objects.requireNonNull(type, () -> "type of column " + name);
    values = values == null ? List.of() : List.copyOf(values);
    if (values.stream().anyMatch(String::isEmpty) || values.stream().distinct().count()
        != values.size()) {
      throw new IllegalArgumentException("enum constants of column " + name
          + " must be distinct and non-empty: " + values);
    }
    if (enumType != null) {
      Names.check(enumType, "enum type of column " + name);
      if (values.isEmpty() || (type.kind() != SqlType.Kind.VARCHAR
          && type.kind() != SqlType.Kind.CHAR)) {
        throw new IllegalArgumentException("column " + name + " names the enum type " + enumType
            + " but holds no enum constants by name");
      }
    }
  }

  /** A column whose enum constants, if any, are restricted as the engine does by default. */
  public Column(String name, SqlType type, boolean nullable, String defaultValue,
      boolean identity, List<String> values) {
    this(name, type, nullable, defaultValue, identity, values, null);
  }

  /** A column that holds no enum. */
  public Column(String name, SqlType type, boolean nullable, String defaultValue,
      boolean identity) {
    this(name, type, nullable, defaultValue, identity, List.of(), null);
  }

  /** Whether the column holds a Java enum, by name or by ordinal. */
  public boolean isEnum() {
    return !values.isEmpty();
  }

  /** Starts a NOT NULL column without default; the fluent form used by generated migrations. */
  public static Builder named(String name) {
    return new Builder(name);
  }

  /** This column under another name. */
  public Column renamed(String newName) {
    return new Column(newName, type, nullable, defaultValue, identity, values, enumType);
  }

  /** This column with another default, {@code null} for none. */
  public Column withDefault(String newDefault) {
    return new Column(name, type, nullable, newDefault, identity, values, enumType);
  }

  /** Builds a {@link Column}; each call returns this builder. */
  public static final class Builder {
    private final String name;
    private SqlType type;
    private boolean nullable;
    private String defaultValue;
    private boolean identity;
    private List<String> values = List.of();
    private String enumType;

    private Builder(String name) {
      this.name = name;
    }

    /** Sets the column type. */
    public Builder type(SqlType type) {
      this.type = type;
      return this;
    }

    /** Lets the column hold NULL. */
    public Builder nullable() {
      this.nullable = true;
      return this;
    }

    /** Sets the default, an SQL literal such as {@code 0} or {@code 'open'}. */
    public Builder defaultValue(String defaultValue) {
      this.defaultValue = defaultValue;
      return this;
    }

    /** Makes the database generate the value. */
    public Builder identity() {
      this.identity = true;
      return this;
    }

    /** Restricts the column to the constants of a Java enum, in declaration order. */
    public Builder values(String... values) {
      this.values = List.of(values);
      return this;
    }

    /** Keeps the constants in the named database enum type, where the engine has such types. */
    public Builder enumType(String enumType) {
      this.enumType = enumType;
      return this;
    }

    /** The column. */
    public Column build() {
      return new Column(name, type, nullable, defaultValue, identity, values, enumType);
    }
  }
}
