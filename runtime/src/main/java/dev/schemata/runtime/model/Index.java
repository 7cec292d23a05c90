package dev.schemata.runtime.model;

import java.util.List;

/**
 * An index on columns of one table.
 *
 * @param name the index name
 * @param columns the indexed columns, in index order
 * @param unique whether the index rejects duplicate keys
 */
public record Index(String name, List<String> columns, boolean unique) {

  public Index {
    Names.check(name, "index name");
    columns = Columns.check(columns, "index " + name);
  }

  /** Starts a non-unique index; the fluent form used by generated migrations. */
  public static Builder named(String name) {
    return new Builder(name);
  }

  /** Builds an {@link Index}. */
  public static final class Builder {
    private final String name;
    private List<String> columns = List.of();
    private boolean unique;

    private Builder(String name) {
      this.name = name;
    }

    /** The indexed columns, in order. */
    public Builder on(String... columns) {
      this.columns = List.of(columns);
      return this;
    }

    /** Makes the index unique. */
    public Builder unique() {
      this.unique = true;
      return this;
    }

    /** The index. */
    public Index build() {
      return new Index(name, columns, unique);
    }
  }
}
