package dev.schemata.processor.plan;

import java.util.List;

/**
 * What {@code @SchemaVersion} declares, with the data steps that name its version.
 *
 * @param number the version the entities describe
 * @param description the declared description, empty when none was given
 * @param acknowledgedDataLoss the tables ({@code "tasks"}) and columns ({@code "tasks.flag"})
 *     whose data the upgrade may destroy without a warning
 * @param dataSteps the canonical class names of the {@code @DataMigration} steps of this
 *     version, in a stable order
 */
public record DeclaredVersion(int number, String description,
    List<String> acknowledgedDataLoss, List<String> dataSteps) {

  public DeclaredVersion {
    acknowledgedDataLoss = List.copyOf(acknowledgedDataLoss);
    dataSteps = List.copyOf(dataSteps);
  }

  /** A declaration without data steps. */
  public DeclaredVersion(int number, String description, List<String> acknowledgedDataLoss) {
    this(number, description, acknowledgedDataLoss, List.of());
  }

  /** A declaration that acknowledges no data loss. */
  public DeclaredVersion(int number, String description) {
    this(number, description, List.of());
  }
}
