package dev.schemata.runtime;

import java.util.List;

/**
 * What {@link Migrator#repair()} did.
 *
 * @param removedVersions the failed versions removed from the history, ascending; empty when
 *     none had failed
 */
public record RepairResult(List<Integer> removedVersions) {

  public RepairResult {
    removedVersions = List.copyOf(removedVersions);
  }
}
