/**
 * The example application: tasks, conversations and messages, whose schema Schemata migrates.
 * The entities here describe version 3 of the schema.
 */
@SchemaVersion(value = 4, description = "message roles")
package dev.schemata.example;

import dev.schemata.annotations.SchemaVersion;
