package dev.schemata.runtime.ops;

import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Sequence;
import java.util.Objects;

/**
 * Creates a sequence. Sequences come before the tables that may draw from them, and are dropped
 * after.
 *
 * @param sequence the sequence
 */
public record CreateSequence(Sequence sequence) implements Operation {

  public CreateSequence {
    Objects.requireNonNull(sequence, "sequence");
  }

  /** The sequence's name: a sequence operation changes no table. */
  @Override
  public String table() {
    return sequence.name();
  }

  @Override
  public Operation inverse() {
    return new DropSequence(sequence);
  }

  @Override
  public Schema applyTo(Schema schema) {
    if (schema.sequence(sequence.name()).isPresent()) {
      throw new InapplicableOperationException(
          "sequence " + sequence.name() + " exists already");
    }
    // Engines keep tables and sequences in one namespace (PostgreSQL, MariaDB).
    Schemas.requireNoTable(schema, sequence.name());
    return schema.with(sequence);
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitCreateSequence(this);
  }
}
