/**
 * Human resources, named in snake_case: departments and their employees in one table per
 * hierarchy, parties joined per class, payments in a table per class, desks, profiles, skills.
 */
@dev.schemata.annotations.SchemaVersion(1)
package corpus.hr;
