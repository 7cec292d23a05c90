package dev.schemata.runtime;

import java.util.List;

/**
 * What {@link Migrator#status()} found: the code's versions joined with the database's history.
 *
 * @param currentVersion the highest version applied successfully, 0 for none
 * @param headVersion the highest version in the code
 * @param versions every version in the code or the history, in version order
 */
public record StatusResult(int currentVersion, int headVersion, List<VersionStatus> versions) {

  public StatusResult {
    versions = List.copyOf(versions);
  }

  /** The versions in the given state, in version order. */
  public List<VersionStatus> inState(VersionState state) {
    return versions.stream().filter(v -> v.state() == state).toList();
  }
}
