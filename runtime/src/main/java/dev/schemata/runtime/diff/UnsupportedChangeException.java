package dev.schemata.runtime.diff;

/**
 * Thrown by {@link SchemaDiffer} when two schemas differ in a way that Schemata cannot turn into
 * operations yet, such as a new primary key on an existing table. The message names the table, the
 * old and new state, and what the user can do instead.
 */
public final class UnsupportedChangeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception whose message says which change is unsupported and why. */
  public UnsupportedChangeException(String message) {
    super(message);
  }
}
