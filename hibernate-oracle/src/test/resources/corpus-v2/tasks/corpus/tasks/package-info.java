/** Version 2: tasks get a due date and longer titles; messages may be edited. */
@dev.schemata.annotations.SchemaVersion(2)
package corpus.tasks;
