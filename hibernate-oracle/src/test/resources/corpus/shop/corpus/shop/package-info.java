/** A shop: customers with addresses and phones, orders and their lines, products in categories. */
@dev.schemata.annotations.SchemaVersion(1)
package corpus.shop;
