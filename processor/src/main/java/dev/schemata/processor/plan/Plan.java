package dev.schemata.processor.plan;

import dev.schemata.processor.store.VersionFile;
import java.util.List;
import java.util.Optional;

/**
 * What one build writes: every version (the committed ones and possibly a new one) and the new
 * version file, if any; or the problems that stop the build.
 *
 * @param versions every version in ascending order, including {@code newVersion}
 * @param newVersion the version file this build adds, if the entities changed
 * @param problems errors and warnings; when one is an error nothing may be written
 */
public record Plan(List<VersionFile> versions, Optional<VersionFile> newVersion,
    List<PlanProblem> problems) {

  public Plan {
    versions = List.copyOf(versions);
    problems = List.copyOf(problems);
  }
}
