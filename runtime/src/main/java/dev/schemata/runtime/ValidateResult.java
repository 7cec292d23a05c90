package dev.schemata.runtime;

import java.util.List;

/**
 * What {@link Migrator#validate()} found, once the history agreed with the code.
 *
 * @param currentVersion the version the database is at, whose schema the live one was compared
 *     with
 * @param differences every difference between the live schema and that version's schema; empty
 *     when they match
 */
public record ValidateResult(int currentVersion, List<SchemaDifference> differences) {

  public ValidateResult {
    differences = List.copyOf(differences);
  }

  /** Whether the live schema is exactly the one the applied versions build. */
  public boolean valid() {
    return differences.isEmpty();
  }
}
