package dev.schemata.processor.plan;

import dev.schemata.processor.diagnostic.Message;
import dev.schemata.processor.diagnostic.Problem;
import dev.schemata.processor.store.History;
import dev.schemata.processor.store.VersionFile;
import dev.schemata.runtime.ops.RunData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks each {@code @DataMigration} against the history: a step belongs to the version this
 * build writes, or to a written version whose file already runs it. A written version is never
 * rewritten, so a step cannot join it later.
 */
public final class DataStepCheck {
  private DataStepCheck() {}

  /**
   * A broken rule of one step.
   *
   * @param step the step's canonical class name
   * @param problem what is wrong and what to do
   */
  public record StepProblem(String step, Problem problem) {}

  /**
   * The problems of the steps, in the map's order.
   *
   * @param declared the version {@code @SchemaVersion} declares
   * @param steps each step's canonical class name and the version it names
   */
  public static List<StepProblem> problems(History history, int declared,
      Map<String, Integer> steps) {
    int head = history.head();
    List<StepProblem> problems = new ArrayList<>();
    steps.forEach((step, version) -> {
      Optional<VersionFile> written = history.version(version);
      if (written.isPresent()) {
        if (!written.get().operations().contains(new RunData(step, false))) {
          String file = written.get().fileName();
          int next = declared > head ? declared : head + 1;
          problems.add(new StepProblem(step, Problem.of(Message.DATA_STEP_VERSION_WRITTEN,
              version, step, version, file, next, next, version, file)));
        }
      } else if (version != declared || declared <= head) {
        problems.add(new StepProblem(step, Problem.of(Message.DATA_STEP_UNKNOWN_VERSION,
            version, step, declared, head, head)));
      }
    });
    return problems;
  }
}
