package dev.schemata.runtime;

import java.util.List;

/**
 * What {@link Migrator#baseline(int, boolean)} did.
 *
 * @param version the version the database was recorded at
 * @param recorded the versions recorded as applied, in order
 * @param differences the differences between the live schema and that version's, which a forced
 *     baseline accepted; empty when they matched
 */
public record BaselineResult(int version, List<Integer> recorded,
    List<SchemaDifference> differences) {

  public BaselineResult {
    recorded = List.copyOf(recorded);
    differences = List.copyOf(differences);
  }
}
