/** Version 2: addresses get a country, customers past addresses, orders a gift product. */
@dev.schemata.annotations.SchemaVersion(2)
package corpus.shop;
