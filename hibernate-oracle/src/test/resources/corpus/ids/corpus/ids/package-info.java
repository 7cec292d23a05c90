@dev.schemata.annotations.SchemaVersion(1)
package corpus.ids;
