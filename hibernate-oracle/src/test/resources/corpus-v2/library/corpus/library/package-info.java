/**
 * Version 2: longer publisher codes in the books' key, ISBNs and previous editions, keywords
 * dropped, reservations of books by users, shelving bays, loans that must be due and may be
 * returned, longer settings, and a named unique constraint on logins.
 */
@dev.schemata.annotations.SchemaVersion(2)
package corpus.library;
