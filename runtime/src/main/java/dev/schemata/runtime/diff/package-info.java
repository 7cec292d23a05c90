/**
 * The differ: compares two {@link dev.schemata.runtime.model.Schema}s and lists the {@link
 * dev.schemata.runtime.ops.Operation}s that turn one into the other, in an order a database
 * accepts, and summarises operations as short lines for people.
 *
 * <p>Public API, called by the processor (to plan a version and report pending changes) and by the
 * runtime (to compare a live database with the expected schema): {@link
 * dev.schemata.runtime.diff.SchemaDiffer}, {@link dev.schemata.runtime.diff.DiffHints} (renames
 * and fills the schemas alone do not show), {@link dev.schemata.runtime.diff.DataLoss} (what
 * operations destroy), {@link dev.schemata.runtime.diff.ChangeSummary} and {@link
 * dev.schemata.runtime.diff.UnsupportedChangeException}. Everything else here is
 * package-private: the pairing of tables, the order of renames, and the rules for which indexes,
 * unique constraints and foreign keys survive a change.
 *
 * <p>Imports only {@code dev.schemata.runtime.model} and {@code dev.schemata.runtime.ops}.
 */
package dev.schemata.runtime.diff;
