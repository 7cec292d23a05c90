package dev.schemata.runtime;

import java.util.List;

/**
 * What {@link Migrator#migrate()} did.
 *
 * @param initialVersion the database's version before, 0 for an empty history
 * @param currentVersion the database's version after
 * @param applied the versions applied, in order; empty when the database was up to date
 */
public record MigrateResult(int initialVersion, int currentVersion, List<AppliedVersion> applied) {

  public MigrateResult {
    applied = List.copyOf(applied);
  }
}
