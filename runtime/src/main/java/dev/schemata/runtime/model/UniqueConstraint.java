package dev.schemata.runtime.model;

import java.util.List;

/**
 * A named unique constraint of one table.
 *
 * @param name the constraint name
 * @param columns the constrained columns, in order
 */
public record UniqueConstraint(String name, List<String> columns) {

  public UniqueConstraint {
    Names.check(name, "unique constraint name");
    columns = Columns.check(columns, "unique constraint " + name);
  }

  /** Starts a unique constraint; the fluent form used by generated migrations. */
  public static Builder named(String name) {
    return new Builder(name);
  }

  /** Builds a {@link UniqueConstraint}. */
  public static final class Builder {
    private final String name;
    private List<String> columns = List.of();

    private Builder(String name) {
      this.name = name;
    }

    /** The constrained columns, in order. */
    public Builder on(String... columns) {
      this.columns = List.of(columns);
      return this;
    }

    /** The constraint. */
    public UniqueConstraint build() {
      return new UniqueConstraint(name, columns);
    }
  }
}
