/**
 * A lending library: books keyed by an embedded id, copies shelved in branches, loans keyed by
 * the copy and the user, reviews, authors, settings.
 */
@dev.schemata.annotations.SchemaVersion(1)
package corpus.library;
