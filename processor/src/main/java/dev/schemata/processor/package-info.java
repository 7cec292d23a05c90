/**
 * The Schemata annotation processor: {@link dev.schemata.processor.SchemataProcessor} is its only
 * public type (registered for {@code javax.annotation.processing.Processor}). The classes here
 * wire the stages for one compilation: find {@code @SchemaVersion} and the entities (also those a
 * partial build did not compile), read them ({@code entity}), read the committed files
 * ({@code store}), decide what to write ({@code plan}) and write it ({@code codegen}, the Filer,
 * the schema folder). Nothing is written once an error was reported.
 */
package dev.schemata.processor;
