package dev.schemata.processor.store;

import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.ops.InapplicableOperationException;
import dev.schemata.runtime.ops.Operation;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * Checks that version files form one line of history: no two share a version, each starts from
 * the one before it, and every operation applies to the schema its parent left.
 */
final class HistoryCheck {

  /** A version file as read from disk. */
  record Entry(Path path, VersionFileJson.Read read) {
    int version() {
      return read.file().version();
    }
  }

  private final List<Entry> entries;

  private HistoryCheck(List<Entry> entries) {
    this.entries = entries.stream().sorted(Comparator.comparingInt(Entry::version)
        .thenComparing(e -> e.path().getFileName().toString())).toList();
  }

  /** The history the entries form, or the first reason they do not form one. */
  static History check(List<Entry> entries) throws StoreException {
    HistoryCheck check = new HistoryCheck(entries);
    check.requireDistinctVersions();
    check.requireParentChain();
    check.replay();
    return new History(check.entries.stream().map(e -> e.read().file()).toList());
  }

  private void requireDistinctVersions() throws StoreException {
    for (int i = 1; i < entries.size(); i++) {
      Entry first = entries.get(i - 1);
      Entry second = entries.get(i);
      if (first.version() == second.version()) {
        int next = maxVersion() + 1;
        throw new StoreException(second.path(), second.read().versionLine(),
            "two files have version " + second.version() + ": " + name(first) + " and "
                + name(second) + ". Two branches each added version " + second.version()
                + ". Keep the one already on the main branch; delete yours, set "
                + "@SchemaVersion(" + next + ") and rebuild to regenerate it as version " + next);
      }
    }
  }

  private void requireParentChain() throws StoreException {
    Entry previous = null;
    for (Entry entry : entries) {
      int expected = previous == null ? 0 : previous.version();
      int parent = entry.read().file().parent();
      if (parent != expected) {
        throw new StoreException(entry.path(), entry.read().parentLine(),
            parentProblem(entry, previous, parent));
      }
      previous = entry;
    }
  }

  private String parentProblem(Entry entry, Entry previous, int parent) {
    String before = previous == null ? "it is the first version file"
        : "the version before it is " + previous.version() + " (" + name(previous) + ")";
    boolean parentExists = entries.stream().anyMatch(e -> e.version() == parent);
    if (parent != 0 && !parentExists) {
      return "version " + entry.version() + " starts from version " + parent + ", but " + before
          + " and there is no version " + parent + ". Restore the missing version files from "
          + "version control";
    }
    int next = entries.stream().filter(e -> e != entry).mapToInt(Entry::version).max()
        .orElse(0) + 1;
    return "version " + entry.version() + " starts from version " + parent + ", but " + before
        + ": two branches each added a version after " + parent + ". Renumber yours to head+1 ("
        + next + "): delete your file, set @SchemaVersion(" + next + ") and rebuild";
  }

  private void replay() throws StoreException {
    Schema schema = Schema.EMPTY;
    for (Entry entry : entries) {
      List<Operation> operations = entry.read().file().operations();
      for (int i = 0; i < operations.size(); i++) {
        Operation operation = operations.get(i);
        try {
          schema = operation.applyTo(schema);
        } catch (InapplicableOperationException e) {
          throw new StoreException(entry.path(), entry.read().operationLines().get(i),
              "operation " + (i + 1) + " (" + OperationJson.name(operation)
                  + ") does not apply to the schema of version " + entry.read().file().parent()
                  + ": " + e.getMessage() + ". The file was edited by hand or an earlier version "
                  + "changed; restore the files from version control, or, for the version you "
                  + "are working on, delete its file and rebuild");
        }
      }
    }
  }

  private int maxVersion() {
    return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).version();
  }

  private static String name(Entry entry) {
    return entry.path().getFileName().toString();
  }
}
