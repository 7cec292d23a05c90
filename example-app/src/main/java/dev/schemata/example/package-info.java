/**
 * The example application: tasks, conversations and messages, whose schema Schemata migrates.
 * The entities here describe version 1 of the schema.
 */
@SchemaVersion(value = 1, description = "tasks and conversations")
package dev.schemata.example;

import dev.schemata.annotations.SchemaVersion;
