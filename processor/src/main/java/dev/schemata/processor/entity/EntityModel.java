package dev.schemata.processor.entity;

import dev.schemata.runtime.diff.DiffHints;
import dev.schemata.runtime.model.Schema;
import java.util.List;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the entities describe: the schema of the entities read without errors, the table of each,
 * and the elements behind the tables and columns for diagnostics.
 *
 * <p>A relation to an entity that was not among those read yields a foreign key to its table, and
 * the table itself is not in {@link #schema()}: pass every entity of the module to the reader.
 *
 * @param schema the tables of the entities read without errors
 * @param tableByEntity the table of each of those entities, by qualified class name
 * @param sources where each table and column is declared
 * @param fills the values existing rows get should a NOT NULL column be added to their table
 *     (fills only, no renames)
 * @param renamed the entity classes and attributes carrying {@code @RenamedFrom}, in the order
 *     read; {@link EntityReader#renames} tells what they rename
 */
public record EntityModel(Schema schema, SortedMap<String, String> tableByEntity,
    SourceMap sources, DiffHints fills, List<RenamedElement> renamed) {

  /** Copies {@code tableByEntity} and {@code renamed}; all parts are required. */
  public EntityModel {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(fills, "fills");
    tableByEntity = Collections.unmodifiableSortedMap(new TreeMap<>(tableByEntity));
    renamed = List.copyOf(renamed);
  }
}
