package dev.schemata.runtime.model;

import java.util.Objects;

/**
 * A column of a table.
 *
 * @param name the column name as declared
 * @param type the column type
 * @param nullable whether the column accepts NULL
 * @param defaultValue the default as an SQL literal, or {@code null} for none
 * @param identity whether the database generates the value (an identity or auto-increment column)
 */
public record Column(String name, SqlType type, boolean nullable, String defaultValue,
    boolean identity) {

  public Column {
    Names.check(name, "column name");
    Objects.requireNonNull(type, () -> "type of column " + name);
  }

  /** Starts a NOT NULL column without default; the fluent form used by generated migrations. */
  public static Builder named(String name) {
    return new Builder(name);
  }

  /** This column under another name. */
  public Column renamed(String newName) {
    return new Column(newName, type, nullable, defaultValue, identity);
  }

  /** Builds a {@link Column}; each call returns this builder. */
  public static final class Builder {
    private final String name;
    private SqlType type;
    private boolean nullable;
    private String defaultValue;
    private boolean identity;

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

    /** The column. */
    public Column build() {
      return new Column(name, type, nullable, defaultValue, identity);
    }
  }
}
