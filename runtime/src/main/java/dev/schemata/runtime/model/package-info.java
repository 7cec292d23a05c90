/**
 * The schema model: tables, columns, types, keys, indexes and constraints as immutable values.
 * Public API: generated migrations build these through the {@code named(…)} builders.
 *
 * <p>The first stage of the runtime; it imports nothing else of Schemata.
 */
package dev.schemata.runtime.model;
