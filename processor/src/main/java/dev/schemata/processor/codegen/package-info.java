/**
 * Renders Java source with JavaPoet: one migration class per version file, whose {@code upgrade}
 * records the version's operations through the fluent builders and whose {@code downgrade}
 * records their inverses in reverse order; and the index class that lists every migration for
 * {@link java.util.ServiceLoader}. Returns {@link com.palantir.javapoet.JavaFile}s and strings;
 * the processor writes them through the {@code Filer}. Equal input gives byte-identical output.
 *
 * <p>Internal to the processor: {@link dev.schemata.processor.codegen.MigrationRenderer}, {@link
 * dev.schemata.processor.codegen.IndexRenderer} and {@link
 * dev.schemata.processor.codegen.ServiceFile} are public for the processor class. Imports the
 * store's records and the runtime's model and operations; never sees {@code javax.lang.model}.
 */
package dev.schemata.processor.codegen;
