/**
 * JDBC execution: dialect detection, the history table, the schema lock (one method per engine,
 * each ending with its session), the executor that applies one version with all-or-nothing
 * semantics, and the reader that turns JDBC metadata back into the schema model. The public types
 * here serve the {@code Migrator} facade; they are not meant for applications, which use {@link
 * dev.schemata.runtime.Migrator}.
 *
 * <p>Imports {@code model}, {@code ops} and {@code dialect}.
 */
package dev.schemata.runtime.jdbc;
