package dev.schemata.processor.store;

import dev.schemata.runtime.model.Schema;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The content of {@code schema.json}: the head schema for reviewers, and what a partial build
 * needs to know about the entities it does not compile.
 *
 * @param version the head version
 * @param marker the qualified name of the package or class that carries {@code @SchemaVersion}
 * @param entities the table of each entity, by the entity's qualified class name
 * @param schema the head schema, with indexes and foreign keys
 */
public record SchemaFile(int version, String marker, SortedMap<String, String> entities,
    Schema schema) {

  /** The file name inside the schema folder. */
  public static final String FILE_NAME = "schema.json";

  public SchemaFile {
    if (version < 0) {
      throw new IllegalArgumentException("version " + version + " is negative");
    }
    Objects.requireNonNull(marker, "marker");
    Objects.requireNonNull(schema, "schema");
    entities = Collections.unmodifiableSortedMap(new TreeMap<>(entities));
  }
}
