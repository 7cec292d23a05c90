/**
 * SQL dialects: how each database engine spells operations, identifiers and types. Strings only;
 * nothing here touches {@code java.sql}. Public API: {@link dev.schemata.runtime.dialect.Dialect}
 * and its constants, which users pass to the Migrator (for offline scripts, or to override
 * detection).
 *
 * <p>Imports {@code model} and {@code ops}.
 */
package dev.schemata.runtime.dialect;
