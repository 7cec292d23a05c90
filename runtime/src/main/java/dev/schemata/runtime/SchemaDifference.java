package dev.schemata.runtime;

import java.util.Objects;

/**
 * One way in which the live schema differs from the schema that the applied versions build, as in
 * {@code tasks: missing index ix_tasks_priority (priority)} or {@code tasks.title: VARCHAR(500)
 * expected, VARCHAR(1000) found}. Names are spelled as in the migrations where the database has a
 * matching object, else as the database reports them.
 *
 * @param table the table the difference is on
 * @param column the one column it is about, or {@code null} when it is about a whole table, or an
 *     index, constraint or key over several columns
 * @param description what differs, without the table name
 */
public record SchemaDifference(String table, String column, String description) {

  public SchemaDifference {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(description, "description");
  }

  @Override
  public String toString() {
    return table + (column == null ? "" : "." + column) + ": " + description;
  }
}
