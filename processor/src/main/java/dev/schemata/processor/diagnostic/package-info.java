/**
 * The catalogue of every diagnostic ({@link dev.schemata.processor.diagnostic.Message}) and the
 * reporter that prints them on elements. Internal to the processor; the first of its stages, so
 * every other stage may use it.
 */
package dev.schemata.processor.diagnostic;
