package dev.schemata.runtime;

import java.util.List;

/**
 * What {@link Migrator#repair(boolean)} changed in the history.
 *
 * @param removed the failed versions whose rows were deleted, ascending: the database is taken
 *     to be at the version below them
 * @param realigned applied versions whose recorded checksum was replaced by the code's
 */
public record RepairResult(List<Integer> removed, List<Integer> realigned) {

  public RepairResult {
    removed = List.copyOf(removed);
    realigned = List.copyOf(realigned);
  }

  /** Whether the history was already in order, so that nothing changed. */
  public boolean nothingToRepair() {
    return removed.isEmpty() && realigned.isEmpty();
  }
}
