/**
 * Annotations read by the Schemata processor at compile time. Public API.
 *
 * <p>{@link dev.schemata.annotations.SchemaVersion} declares the schema version the entities
 * describe; {@link dev.schemata.annotations.RenamedFrom} tells a rename from a drop and an add.
 */
package dev.schemata.annotations;
