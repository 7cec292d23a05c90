package dev.schemata.processor.entity;

import dev.schemata.runtime.diff.DiffHints;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;

/**
 * Pairs the tables of two readings of the same entities, one with current names and one with
 * some previous names, and lists the names that differ as renames. Both readings meet the same
 * elements in the same order, so a table is known by the element that declares it and how many
 * tables that element declared before it, and a column by its place in its table.
 */
final class RenamePairs {
  private RenamePairs() {}

  /** The renames from {@code before} to {@code now}. */
  static DiffHints of(List<TableDraft> now, List<TableDraft> before) {
    Map<Key, TableDraft> previous = keyed(before);
    DiffHints hints = DiffHints.NONE;
    for (Map.Entry<Key, TableDraft> entry : keyed(now).entrySet()) {
      TableDraft current = entry.getValue();
      TableDraft old = previous.get(entry.getKey());
      if (old == null) {
        continue;
      }
      if (!old.name.equals(current.name)) {
        hints = hints.withRenamedTable(old.name, current.name);
      }
      // A reading stopped short by a problem cannot be paired column by column.
      if (old.offered.size() != current.offered.size()) {
        continue;
      }
      for (int i = 0; i < current.offered.size(); i++) {
        String from = old.offered.get(i);
        String to = current.offered.get(i);
        if (!from.equals(to)) {
          hints = hints.withRenamedColumn(current.name, from, to);
        }
      }
    }
    return hints;
  }

  private static Map<Key, TableDraft> keyed(List<TableDraft> drafts) {
    Map<Key, TableDraft> keyed = new LinkedHashMap<>();
    Map<Element, Integer> counts = new HashMap<>();
    for (TableDraft draft : drafts) {
      int occurrence = counts.merge(draft.source, 1, Integer::sum);
      keyed.put(new Key(draft.source, occurrence), draft);
    }
    return keyed;
  }

  private record Key(Element source, int occurrence) {}
}
