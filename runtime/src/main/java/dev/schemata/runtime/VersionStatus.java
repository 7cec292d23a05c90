package dev.schemata.runtime;

import java.time.Duration;
import java.time.Instant;

/**
 * One version in a {@link StatusResult}.
 *
 * @param version the schema version
 * @param description what the version changes (from the code, else from the history)
 * @param state where the version stands
 * @param appliedAt when it was applied, or {@code null} when it is pending
 * @param appliedBy who applied it, or {@code null} when it is pending
 * @param executionTime how long applying it took, or {@code null} when it is pending
 * @param downgradeDestroysData whether the version's downgrade drops a table or column, or
 *     narrows a column's type, so that upgrading again cannot bring that data back; false when
 *     the code does not hold the version
 */
public record VersionStatus(int version, String description, VersionState state,
    Instant appliedAt, String appliedBy, Duration executionTime,
    boolean downgradeDestroysData) {}
