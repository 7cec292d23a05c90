package dev.schemata.processor.plan;

/**
 * What a planning problem is about, so the processor can report it on the matching element: a
 * column, a table, or (both null) the {@code @SchemaVersion} declaration itself.
 *
 * @param table the table, or null for the declaration
 * @param column the column of that table, or null for the whole table
 */
public record Subject(String table, String column) {

  /** The {@code @SchemaVersion} declaration. */
  public static final Subject DECLARATION = new Subject(null, null);
}
