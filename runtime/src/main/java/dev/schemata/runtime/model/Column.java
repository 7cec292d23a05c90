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
 */
public record Column(String name, SqlType type, boolean nullable, String defaultValue,
    boolean identity, List<String> values) {

  public Column {
    Names.check(name, "column name");
    Objects.requireNonNull(type, () -> "type of column " + name);
    values = values == null ? List.of() : List.copyOf(values);
    if (values.stream().anyMatch(String::isEmpty) || values.stream().distinct().count()
        != values.size()) {
      throw new IllegalArgumentException("enum constants of column " + name
          + " must be distinct and non-empty: " + values);
    }
  }

  /** A column that holds no enum. */
  public Column(String name, SqlType type, boolean nullable, String defaultValue,
      boolean identity) {
    this(name, type, nullable, defaultValue, identity, List.of());
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
    return new Column(newName, type, nullable, defaultValue, identity, values);
  }

  /** Builds a {@link Column}; each call returns this builder. */
  public static final class Builder {
    private final String name;
    private SqlType type;
    private boolean nullable;
    private String defaultValue;
    private boolean identity;
    private List<String> values = List.of();

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

    /** The column. */
    public Column build() {
      return new Column(name, type, nullable, defaultValue, identity, values);
    }
  }
}
