/**
 * The Migrator: configure it with {@link dev.schemata.runtime.Migrator#configure()}, then migrate,
 * downgrade, read the status, validate, or write the SQL offline. Results are records; every
 * failure is a {@link dev.schemata.runtime.SchemataException} with an {@link
 * dev.schemata.runtime.ErrorCode}. Public API.
 *
 * <p>The last stage of the runtime: imports {@code model}, {@code ops}, {@code dialect} and
 * {@code jdbc}.
 */
package dev.schemata.runtime;
