package dev.schemata.processor.store;

import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.ops.Operation;
import java.util.List;
import java.util.Optional;

/**
 * The committed versions in ascending order; {@link SchemaStore#readHistory()} has checked that
 * each starts from the one before it and that their operations replay.
 *
 * @param versions the versions, ascending
 */
public record History(List<VersionFile> versions) {

  /** The history with no versions. */
  public static final History EMPTY = new History(List.of());

  public History {
    versions = List.copyOf(versions);
    for (int i = 1; i < versions.size(); i++) {
      if (versions.get(i).version() <= versions.get(i - 1).version()) {
        throw new IllegalArgumentException("versions are not ascending: "
            + versions.get(i - 1).version() + " then " + versions.get(i).version());
      }
    }
  }

  /** The highest version; 0 when there is none. */
  public int head() {
    return versions.isEmpty() ? 0 : versions.get(versions.size() - 1).version();
  }

  /** The version file of that number, if committed. */
  public Optional<VersionFile> version(int version) {
    return versions.stream().filter(v -> v.version() == version).findFirst();
  }

  /**
   * The schema at a version: the operations of every version up to it, replayed on the empty
   * schema.
   *
   * @param version 0 (the empty schema) or a version of this history
   * @throws IllegalArgumentException when the history has no such version
   * @throws dev.schemata.runtime.ops.InapplicableOperationException when an operation does not
   *     apply, which a history read by {@link SchemaStore} rules out
   */
  public Schema schemaAt(int version) {
    if (version != 0 && version(version).isEmpty()) {
      throw new IllegalArgumentException("the history has no version " + version
          + "; its versions are " + versions.stream().map(VersionFile::version).toList());
    }
    Schema schema = Schema.EMPTY;
    for (VersionFile file : versions) {
      if (file.version() > version) {
        break;
      }
      for (Operation operation : file.operations()) {
        schema = operation.applyTo(schema);
      }
    }
    return schema;
  }

  /** The schema at the head version. */
  public Schema headSchema() {
    return schemaAt(head());
  }
}
