/** Version 2: interns and trusts, department head counts, longer skill labels. */
@dev.schemata.annotations.SchemaVersion(2)
package corpus.hr;
