/**
 * The example application: tasks, conversations and messages, whose schema Schemata migrates.
 * The entities here describe version 5 of the schema.
 */
@SchemaVersion(value = 5, description = "message roles")
package dev.schemata.example;

import dev.schemata.annotations.SchemaVersion;
