package dev.schemata.processor.plan;

/**
 * What {@code @SchemaVersion} declares.
 *
 * @param number the version the entities describe
 * @param description the declared description, empty when none was given
 */
public record DeclaredVersion(int number, String description) {}
