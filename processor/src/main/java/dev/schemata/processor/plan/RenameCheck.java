package dev.schemata.processor.plan;

import dev.schemata.processor.diagnostic.Message;
import dev.schemata.processor.diagnostic.Problem;
import dev.schemata.processor.store.History;
import dev.schemata.runtime.diff.DiffHints;
import dev.schemata.runtime.diff.DiffHints.ColumnName;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks {@code @RenamedFrom} against the committed head: a rename acts in the version that
 * introduces the new name, where the old name exists and the new one does not. Once the head has
 * the new name, the annotation is left over from an earlier version and silently ignored; a
 * rename whose old name the head lacks as well is an error on the annotation.
 */
public final class RenameCheck {
  private RenameCheck() {}

  /**
   * Which declared renames act in the next version.
   *
   * @param active the indexes (into the declared list) of the renames that act
   * @param problems by index, the renames that are errors
   */
  public record Selection(List<Integer> active, Map<Integer, Problem> problems) {

    public Selection {
      active = List.copyOf(active);
      problems = Map.copyOf(problems);
    }
  }

  /** Sorts the declared renames into acting, left over and wrong. */
  public static Selection select(History history, List<DeclaredRename> declared) {
    Schema head = history.headSchema();
    if (history.head() == 0) {
      return new Selection(List.of(), Map.of());
    }
    // Names derived from two renames (an entity's and its attribute's) are checked through the
    // table renames that apply directly, so that each rename is judged by what it adds.
    Map<String, String> back = new HashMap<>();
    for (DeclaredRename rename : declared) {
      rename.renames().renamedTables().forEach((old, name) -> {
        if (head.table(old).isPresent() && head.table(name).isEmpty()) {
          back.put(name, old);
        }
      });
    }
    List<Integer> active = new ArrayList<>();
    Map<Integer, Problem> problems = new HashMap<>();
    for (int i = 0; i < declared.size(); i++) {
      DiffHints renames = declared.get(i).renames();
      if (acts(head, renames, back)) {
        active.add(i);
      } else if (!isEmpty(renames) && !leftOver(head, renames, back)) {
        problems.put(i, missing(history.head(), declared.get(i)));
      }
    }
    return new Selection(active, problems);
  }

  /** The renames of acting declarations that apply to the head, for the differ. */
  public static DiffHints applicable(Schema head, DiffHints renames) {
    DiffHints applicable = DiffHints.NONE;
    Map<String, String> back = new HashMap<>();
    for (Map.Entry<String, String> table : renames.renamedTables().entrySet()) {
      if (head.table(table.getKey()).isPresent() && head.table(table.getValue()).isEmpty()) {
        applicable = applicable.withRenamedTable(table.getKey(), table.getValue());
        back.put(table.getValue(), table.getKey());
      }
    }
    for (Map.Entry<ColumnName, String> column : renames.renamedColumns().entrySet()) {
      ColumnName old = column.getKey();
      if (columnApplies(head, old, column.getValue(), back)) {
        applicable = applicable.withRenamedColumn(old.table(), old.column(), column.getValue());
      }
    }
    return applicable;
  }

  private static boolean acts(Schema head, DiffHints renames, Map<String, String> back) {
    return renames.renamedTables().entrySet().stream().anyMatch(t ->
            head.table(back.getOrDefault(t.getKey(), t.getKey())).isPresent()
                && head.table(t.getValue()).isEmpty())
        || renames.renamedColumns().entrySet().stream().anyMatch(c ->
            columnApplies(head, c.getKey(), c.getValue(), back));
  }

  private static boolean columnApplies(Schema head, ColumnName old, String name,
      Map<String, String> back) {
    Optional<Table> table = head.table(back.getOrDefault(old.table(), old.table()));
    return table.isPresent() && table.get().column(old.column()).isPresent()
        && table.get().column(name).isEmpty();
  }

  private static boolean leftOver(Schema head, DiffHints renames, Map<String, String> back) {
    return renames.renamedTables().values().stream().anyMatch(t -> head.table(t).isPresent())
        || renames.renamedColumns().entrySet().stream().anyMatch(c ->
            head.table(back.getOrDefault(c.getKey().table(), c.getKey().table()))
                .flatMap(t -> t.column(c.getValue())).isPresent());
  }

  private static boolean isEmpty(DiffHints renames) {
    return renames.renamedTables().isEmpty() && renames.renamedColumns().isEmpty();
  }

  private static Problem missing(int head, DeclaredRename rename) {
    DiffHints renames = rename.renames();
    String old;
    String name;
    if (!renames.renamedTables().isEmpty()) {
      Map.Entry<String, String> table = renames.renamedTables().entrySet().iterator().next();
      old = "table " + table.getKey();
      name = table.getValue();
    } else {
      Map.Entry<ColumnName, String> column =
          renames.renamedColumns().entrySet().iterator().next();
      old = "column " + column.getKey();
      name = column.getValue();
    }
    return Problem.of(Message.RENAME_SOURCE_MISSING, rename.text(), head, old, name, head);
  }
}
