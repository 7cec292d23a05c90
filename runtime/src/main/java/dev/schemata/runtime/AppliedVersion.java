package dev.schemata.runtime;

import java.time.Duration;

/**
 * A version that a verb applied or reverted.
 *
 * @param version the schema version
 * @param description what the version changes
 * @param executionTime how long running it took
 */
public record AppliedVersion(int version, String description, Duration executionTime) {}
