/**
 * The example application: tasks, conversations and messages, whose schema Schemata migrates.
 * The entities here describe version 2 of the schema.
 */
@SchemaVersion(value = 2, description = "add task priority")
package dev.schemata.example;

import dev.schemata.annotations.SchemaVersion;
