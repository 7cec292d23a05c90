package dev.schemata.processor.entity;

import dev.schemata.runtime.model.Column;
import java.util.Optional;

/**
 * The kind of a collection and the extra columns it needs: a list's order column, a map's key
 * column. Decides the primary key of its table, as Hibernate ORM does: a set's rows are unique
 * (key and element columns, when none is nullable), an ordered list's or map's rows are unique by
 * key and index, and a bag's rows need not be unique.
 *
 * @param kind set, list, bag or map
 * @param index the order column of a list, or the key column of a map, if any
 */
record CollectionShape(Kind kind, Optional<Column> index) {

  /** The collection kinds, by how Hibernate ORM stores them. */
  enum Kind { SET, LIST, BAG, MAP }
}
