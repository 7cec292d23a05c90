package dev.schemata.runtime.ops;

import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Sequence;
import java.util.Objects;

/**
 * Drops a sequence, carrying its definition for the inverse. The inverse creates the sequence
 * anew at its start: the numbers it had handed out are not restored.
 *
 * @param sequence the sequence as it is before the drop
 */
public record DropSequence(Sequence sequence) implements Operation {

  public DropSequence {
    Objects.requireNonNull(sequence, "sequence");
  }

  /** The sequence's name: a sequence operation changes no table. */
  @Override
  public String table() {
    return sequence.name();
  }

  @Override
  public Operation inverse() {
    return new CreateSequence(sequence);
  }

  @Override
  public Schema applyTo(Schema schema) {
    Sequence existing = schema.sequence(sequence.name()).orElseThrow(
        () -> new InapplicableOperationException("there is no sequence " + sequence.name()));
    Schemas.requireEqual(existing, sequence, "sequence " + sequence.name());
    return schema.withoutSequence(sequence.name());
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitDropSequence(this);
  }
}
