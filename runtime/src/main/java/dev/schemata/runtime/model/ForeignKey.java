package dev.schemata.runtime.model;

import java.util.List;

/**
 * A foreign key from columns of one table to columns of another.
 *
 * @param name the constraint name
 * @param columns the referencing columns, in order
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns, matching {@code columns} one to one
 */
public record ForeignKey(String name, List<String> columns, String referencedTable,
    List<String> referencedColumns) {

  public ForeignKey {
    Names.check(name, "foreign key name");
    columns = Columns.check(columns, "foreign key " + name);
    Names.check(referencedTable, "table referenced by foreign key " + name);
    referencedColumns = Columns.check(referencedColumns, "foreign key " + name);
    if (columns.size() != referencedColumns.size()) {
      throw new IllegalArgumentException("foreign key " + name + " has " + columns.size()
          + " columns but references " + referencedColumns.size());
    }
  }

  /** Starts a foreign key; the fluent form used by generated migrations. */
  public static Builder named(String name) {
    return new Builder(name);
  }

  /** Builds a {@link ForeignKey}. */
  public static final class Builder {
    private final String name;
    private List<String> columns = List.of();
    private String referencedTable;
    private List<String> referencedColumns = List.of();

    private Builder(String name) {
      this.name = name;
    }

    /** The referencing columns, in order. */
    public Builder columns(String... columns) {
      this.columns = List.of(columns);
      return this;
    }

    /** The referenced table and its columns, in the order of {@link #columns}. */
    public Builder references(String table, String... columns) {
      this.referencedTable = table;
      this.referencedColumns = List.of(columns);
      return this;
    }

    /** The foreign key. */
    public ForeignKey build() {
      return new ForeignKey(name, columns, referencedTable, referencedColumns);
    }
  }
}
