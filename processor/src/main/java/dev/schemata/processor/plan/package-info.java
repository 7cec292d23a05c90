/**
 * The planning stage: from the declared version, the committed history and the entities' schema
 * to what the build writes, or the versioning rule that is broken. Pure and testable without
 * javac. Internal to the processor.
 */
package dev.schemata.processor.plan;
