package dev.schemata.runtime.diff;

import dev.schemata.runtime.ops.Operation;
import java.util.List;
import java.util.Objects;

/**
 * Short human-readable lines for a list of operations, one per operation, as in {@code new column
 * priority INTEGER NULL} or {@code column title: VARCHAR(200) -> VARCHAR(500)}. The processor
 * reports them as pending changes on the changed elements; the command line prints them.
 */
public final class ChangeSummary {
  private ChangeSummary() {}

  /**
   * One change per operation, in the order of the operations.
   *
   * @param operations the operations, typically from {@link SchemaDiffer#diff}
   */
  public static List<Change> of(List<Operation> operations) {
    return operations.stream().map(ChangeText::of).toList();
  }

  /**
   * One change, with where it happens so that it can be reported on the matching element.
   * Renamed tables and columns are given by their new names; dropped ones by their old names.
   *
   * @param table the table the change is on
   * @param column the one column the change is about (a column change, or an index, unique
   *     constraint or foreign key over exactly one column), or {@code null} when it is about a
   *     whole table or several columns
   * @param text what changes, without the table name, as in {@code new index ix_tasks_priority
   *     (priority)}
   */
  public record Change(String table, String column, String text) {

    public Change {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
      return table + (column == null ? "" : "." + column) + ": " + text;
    }
  }
}
