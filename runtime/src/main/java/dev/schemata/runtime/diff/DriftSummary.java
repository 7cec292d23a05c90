package dev.schemata.runtime.diff;

import dev.schemata.runtime.ops.Operation;

/**
 * Words an operation that the differ found between an expected schema and a live one as a
 * difference of the live schema: what it lacks ("missing"), has besides ("unexpected"), or has
 * otherwise ("expected …, found …"). The drift report of {@code validate} reads like this.
 */
public final class DriftSummary {
  private DriftSummary() {}

  /** The difference that {@code operation}, from expected to live, stands for. */
  public static ChangeSummary.Change of(Operation operation) {
    return DriftText.of(operation);
  }
}
