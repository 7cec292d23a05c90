package dev.schemata.runtime;

import java.util.List;

/**
 * What {@link Migrator#downgradeTo(int)} did.
 *
 * @param initialVersion the database's version before
 * @param currentVersion the database's version after
 * @param reverted the versions whose downgrade ran, newest first
 */
public record DowngradeResult(int initialVersion, int currentVersion,
    List<AppliedVersion> reverted) {

  public DowngradeResult {
    reverted = List.copyOf(reverted);
  }
}
