package dev.schemata.runtime.ops;

import dev.schemata.runtime.model.Schema;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Runs one direction of a version's {@link DataStep}. The schema is unchanged by it; its place
 * among the version's operations says when it runs. Two of them are equal when they name the same
 * step class and direction, whatever creates the step.
 *
 * @param step the canonical name of the step's class
 * @param undo whether this runs the step's downgrade rather than its upgrade
 * @param source creates the step when it runs; {@code null} where only the text matters
 */
public record RunData(String step, boolean undo, Supplier<? extends DataStep> source)
    implements Operation {

  public RunData {
    Objects.requireNonNull(step, "step");
  }

  /** The step's direction, named by class only: it can be written and compared, not run. */
  public RunData(String step, boolean undo) {
    this(step, undo, null);
  }

  /**
   * A new instance of the step.
   *
   * @throws IllegalStateException when there is no source or the step cannot be created, with a
   *     message naming the step
   */
  public DataStep create() {
    if (source == null) {
      throw new IllegalStateException("data step " + step + " has no class to create it from");
    }
    try {
      return Objects.requireNonNull(source.get(), "the step");
    } catch (RuntimeException | LinkageError e) {
      throw new IllegalStateException("data step " + step + " cannot be created: " + e, e);
    }
  }

  /** The step's name as data, for operations named by a table. */
  @Override
  public String table() {
    return step;
  }

  @Override
  public Operation inverse() {
    return new RunData(step, !undo, source);
  }

  @Override
  public Schema applyTo(Schema schema) {
    return schema;
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitRunData(this);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RunData that && step.equals(that.step) && undo == that.undo;
  }

  @Override
  public int hashCode() {
    return Objects.hash(step, undo);
  }

  @Override
  public String toString() {
    return "RunData[" + step + (undo ? ", downgrade]" : ", upgrade]");
  }
}
