package dev.schemata.runtime.model;

/**
 * A sequence: a named counter in the database that hands out numbers, such as the ids of a JPA
 * entity with {@code @GeneratedValue(strategy = SEQUENCE)}.
 *
 * @param name the sequence name
 * @param start the first number it hands out
 * @param increment how much each call advances it; JPA's allocation size, never zero
 */
public record Sequence(String name, long start, long increment) {

  public Sequence {
    Names.check(name, "sequence name");
    if (increment == 0) {
      throw new IllegalArgumentException("sequence " + name + " has an increment of 0");
    }
  }

  /** Starts a sequence that begins at 1 and advances by 1; the form generated migrations use. */
  public static Builder named(String name) {
    return new Builder(name);
  }

  /** Builds a {@link Sequence}. */
  public static final class Builder {
    private final String name;
    private long start = 1;
    private long increment = 1;

    private Builder(String name) {
      this.name = name;
    }

    /** The first number handed out. */
    public Builder startWith(long start) {
      this.start = start;
      return this;
    }

    /** How much each call advances the sequence. */
    public Builder incrementBy(long increment) {
      this.increment = increment;
      return this;
    }

    /** The sequence. */
    public Sequence build() {
      return new Sequence(name, start, increment);
    }
  }
}
