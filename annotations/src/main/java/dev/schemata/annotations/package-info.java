/**
 * Annotations read by the Schemata processor at compile time. Public API.
 *
 * <p>{@link dev.schemata.annotations.SchemaVersion} declares the schema version the entities
 * describe and acknowledges the data its upgrade destroys; {@link
 * dev.schemata.annotations.RenamedFrom} tells a rename from a drop and an add; {@link
 * dev.schemata.annotations.FillWith} gives the value that existing rows get in a new NOT NULL
 * column.
 */
package dev.schemata.annotations;
