package dev.schemata.processor.plan;

import dev.schemata.processor.diagnostic.Message;
import dev.schemata.processor.diagnostic.Problem;
import dev.schemata.processor.store.History;
import dev.schemata.processor.store.VersionFile;
import dev.schemata.runtime.diff.ChangeSummary;
import dev.schemata.runtime.diff.DiffHints;
import dev.schemata.runtime.diff.SchemaDiffer;
import dev.schemata.runtime.diff.UnsupportedChangeException;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.ops.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides what a build writes, from the declared version, the committed history and the schema
 * the entities describe. Pure: no files, no elements.
 *
 * <p>A written version file is frozen: once the entities move on, they need a new version. The
 * build never rewrites a version that may already have reached a database; a developer who has
 * not shared a version yet deletes its file to have it written again.
 */
public final class Planner {
  private Planner() {}

  /** The plan for one build, without hints: renames are drops and adds. */
  public static Plan plan(DeclaredVersion declared, History history, Schema entities) {
    return plan(declared, history, entities, DiffHints.NONE, false);
  }

  /**
   * The plan for one build.
   *
   * @param hints the renames that act in this version (see {@link RenameCheck}) and the fills
   *     of new NOT NULL columns
   * @param dataLossIsError whether data the upgrade destroys is an error unless acknowledged,
   *     rather than a warning
   */
  public static Plan plan(DeclaredVersion declared, History history, Schema entities,
      DiffHints hints, boolean dataLossIsError) {
    int head = history.head();
    if (declared.number() < head) {
      return problems(history, new PlanProblem(Problem.of(Message.VERSION_BELOW_HEAD,
          declared.number(), head, fileName(history, head), head, head + 1),
          Subject.DECLARATION));
    }
    List<Operation> operations;
    boolean newSteps = declared.number() > head && !declared.dataSteps().isEmpty();
    try {
      operations = DataPlacement.place(
          SchemaDiffer.diff(history.headSchema(), entities, hints),
          newSteps ? declared.dataSteps() : List.of());
    } catch (UnsupportedChangeException e) {
      return problems(history, new PlanProblem(
          Problem.of(Message.UNSUPPORTED_CHANGE, e.getMessage()), Subject.DECLARATION));
    }
    if (operations.isEmpty()) {
      List<PlanProblem> notes = declared.number() > head && head > 0
          ? List.of(new PlanProblem(Problem.of(Message.EMPTY_VERSION, declared.number(), head),
              Subject.DECLARATION))
          : List.of();
      return new Plan(history.versions(), Optional.empty(), notes);
    }
    if (declared.number() == head) {
      return problems(history, pendingChanges(history, operations).toArray(PlanProblem[]::new));
    }
    String description = declared.description().isBlank()
        ? Descriptions.derive(declared.number(), operations)
        : declared.description().strip();
    VersionFile added = new VersionFile(declared.number(), description, head, operations);
    List<VersionFile> versions = new ArrayList<>(history.versions());
    versions.add(added);
    List<PlanProblem> problems = head == 0 ? List.of()
        : EvolutionCheck.problems(declared, operations, dataLossIsError);
    return new Plan(versions, Optional.of(added), problems);
  }

  private static List<PlanProblem> pendingChanges(History history, List<Operation> operations) {
    int head = history.head();
    String file = fileName(history, head);
    Map<Subject, List<String>> bySubject = new LinkedHashMap<>();
    for (ChangeSummary.Change change : ChangeSummary.of(operations)) {
      Subject subject = new Subject(change.table(), change.column());
      bySubject.computeIfAbsent(subject, s -> new ArrayList<>())
          .add(change.table() + ": " + change.text());
    }
    return bySubject.entrySet().stream()
        .map(entry -> new PlanProblem(Problem.of(Message.PENDING_CHANGES, head, file,
            String.join("; ", entry.getValue()), head + 1, head, file), entry.getKey()))
        .collect(Collectors.toList());
  }

  private static String fileName(History history, int version) {
    return history.version(version).map(VersionFile::fileName).orElse("V" + version);
  }

  private static Plan problems(History history, PlanProblem... problems) {
    return new Plan(history.versions(), Optional.empty(), List.of(problems));
  }
}
