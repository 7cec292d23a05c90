package dev.schemata.runtime.ops;

import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Sequence;
import java.util.Objects;

/**
 * Changes the start or the increment of a sequence, keeping its current value: a sequence that
 * was dropped and created again would hand out numbers that rows already hold.
 *
 * @param from the sequence as it is before
 * @param to the sequence as it is after, with the same name
 */
public record AlterSequence(Sequence from, Sequence to) implements Operation {

  public AlterSequence {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.name().equals(to.name())) {
      throw new IllegalArgumentException("altering sequence " + from.name()
          + " cannot rename it to " + to.name());
    }
    if (from.equals(to)) {
      throw new IllegalArgumentException("altering sequence " + from.name()
          + " changes nothing");
    }
  }

  /** The sequence's name: a sequence operation changes no table. */
  @Override
  public String table() {
    return from.name();
  }

  @Override
  public Operation inverse() {
    return new AlterSequence(to, from);
  }

  @Override
  public Schema applyTo(Schema schema) {
    Sequence existing = schema.sequence(from.name()).orElseThrow(
        () -> new InapplicableOperationException("there is no sequence " + from.name()));
    Schemas.requireEqual(existing, from, "sequence " + from.name());
    return schema.with(to);
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitAlterSequence(this);
  }
}
