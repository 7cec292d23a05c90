package dev.schemata.processor.plan;

import java.util.List;

/**
 * What {@code @SchemaVersion} declares.
 *
 * @param number the version the entities describe
 * @param description the declared description, empty when none was given
 * @param acknowledgedDataLoss the tables ({@code "tasks"}) and columns ({@code "tasks.flag"})
 *     whose data the upgrade may destroy without a warning
 */
public record DeclaredVersion(int number, String description,
    List<String> acknowledgedDataLoss) {

  public DeclaredVersion {
    acknowledgedDataLoss = List.copyOf(acknowledgedDataLoss);
  }

  /** A declaration that acknowledges no data loss. */
  public DeclaredVersion(int number, String description) {
    this(number, description, List.of());
  }
}
