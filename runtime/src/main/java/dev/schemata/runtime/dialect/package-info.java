/**
 * SQL dialects: how each database engine (H2, PostgreSQL, MySQL, MariaDB) spells operations,
 * identifiers and types, and which types it gives back. Strings only; nothing here touches
 * {@code java.sql}. Public API: {@link dev.schemata.runtime.dialect.Dialect} and its constants,
 * which users pass to the Migrator (for offline scripts, or to override detection).
 *
 * <p>Imports {@code model} and {@code ops}.
 */
package dev.schemata.runtime.dialect;
