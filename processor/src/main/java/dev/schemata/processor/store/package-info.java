/**
 * The committed schema files: one {@code V0003__add_task_priority.json} per version and the
 * derived {@code schema.json}. Reads them into a validated {@link
 * dev.schemata.processor.store.History} (replaying every version's operations), and writes them
 * with fixed key order, two-space indentation and {@code \n} line endings, so equal content always
 * gives equal bytes.
 *
 * <p>Internal to the processor. {@link dev.schemata.processor.store.SchemaStore}, the records it
 * reads and writes, and {@link dev.schemata.processor.store.StoreException} are public for the
 * later stages; the JSON codecs are package-private. Imports only the runtime's model and
 * operations and the processor's diagnostics; never sees {@code javax.lang.model}.
 */
package dev.schemata.processor.store;
