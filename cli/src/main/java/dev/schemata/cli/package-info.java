/**
 * The {@code schemata} command line for operators: picocli commands that each call one verb of
 * {@link dev.schemata.runtime.Migrator} and print its result as a table or as JSON. Only {@link
 * dev.schemata.cli.Main} is meant to be called; everything else is internal.
 */
package dev.schemata.cli;
