package dev.schemata.runtime.jdbc;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One row of the history table: a version applied to the database, or one whose failure could not
 * be undone.
 *
 * @param version the schema version
 * @param description the version's description; for a failed version, also what was left
 * @param checksum the checksum of the version's upgrade operations when it was applied
 * @param appliedAt when the version was applied
 * @param appliedBy who applied it (the database user)
 * @param executionTime how long applying it took
 * @param success false when a failure left part of the version in the database
 */
public record HistoryEntry(int version, String description, String checksum, Instant appliedAt,
    String appliedBy, Duration executionTime, boolean success) {

  public HistoryEntry {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(checksum, "checksum");
    Objects.requireNonNull(appliedAt, "appliedAt");
    Objects.requireNonNull(appliedBy, "appliedBy");
    Objects.requireNonNull(executionTime, "executionTime");
  }
}
