@SchemaVersion(value = 1, description = "help desk")
package desk;

import dev.schemata.annotations.SchemaVersion;
