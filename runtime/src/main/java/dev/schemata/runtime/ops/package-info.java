/**
 * The operations model shared by the processor and the runtime: one sealed {@link
 * dev.schemata.runtime.ops.Operation} type per kind of change, each with its exact inverse and
 * its effect on a {@link dev.schemata.runtime.model.Schema}; the {@link
 * dev.schemata.runtime.ops.Migration} and {@link dev.schemata.runtime.ops.MigrationIndex} service
 * interfaces that generated code implements; and {@link dev.schemata.runtime.ops.SchemaChange},
 * which generated migrations call. Public API.
 *
 * <p>Imports only {@code dev.schemata.runtime.model}.
 */
package dev.schemata.runtime.ops;
