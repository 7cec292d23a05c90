package dev.schemata.processor.store;

import dev.schemata.runtime.ops.Operation;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One committed version: the operations that lead from its parent version to it.
 *
 * @param version the version, from 1
 * @param description what the version changes, in words
 * @param parent the version it starts from; 0 for the first
 * @param operations the upgrade operations, in order
 */
public record VersionFile(int version, String description, int parent,
    List<Operation> operations) {

  public VersionFile {
    if (version < 1) {
      throw new IllegalArgumentException("version " + version + " is below 1");
    }
    if (parent < 0 || parent >= version) {
      throw new IllegalArgumentException("version " + version + " cannot start from version "
          + parent + "; a parent is 0 or a lower version");
    }
    Objects.requireNonNull(description, "description");
    operations = List.copyOf(operations);
  }

  /** The file name, {@code V0002__add_task_priority.json}. */
  public String fileName() {
    return String.format(Locale.ROOT, "V%04d__%s.json", version, slug());
  }

  /**
   * The description reduced to lower-case letters, digits and single underscores, as in {@code
   * add_task_priority}; {@code version} when nothing is left.
   */
  public String slug() {
    String slug = description.toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "_")
        .replaceAll("^_+|_+$", "");
    return slug.isEmpty() ? "version" : slug;
  }
}
