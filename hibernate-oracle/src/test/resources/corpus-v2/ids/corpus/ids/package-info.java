/**
 * Version 2: vouchers with their own sequence and stamps with identity keys; receipts and
 * invoices drawn in other blocks; labels numbered by identity instead of a sequence; block
 * counters in a table of their own; session and device keys from the UUID strategy; tallies gone
 * with their sequence.
 */
@dev.schemata.annotations.SchemaVersion(2)
package corpus.ids;
