package dev.schemata.runtime;

import java.util.List;

/**
 * What {@link Migrator#repair(boolean)} changed in the history.
 *
 * @param removed failed upgrades whose rows were deleted: the database is taken to be at the
 *     version before them again
 * @param restored failed downgrades whose rows were marked applied again: the database is taken
 *     to hold the whole version again
 * @param realigned applied versions whose recorded checksum was replaced by the code's
 */
public record RepairResult(List<Integer> removed, List<Integer> restored,
    List<Integer> realigned) {

  public RepairResult {
    removed = List.copyOf(removed);
    restored = List.copyOf(restored);
    realigned = List.copyOf(realigned);
  }

  /** Whether the history was already in order, so that nothing changed. */
  public boolean nothingToRepair() {
    return removed.isEmpty() && restored.isEmpty() && realigned.isEmpty();
  }
}
