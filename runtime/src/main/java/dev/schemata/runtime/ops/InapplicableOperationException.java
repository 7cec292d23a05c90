package dev.schemata.runtime.ops;

/** Thrown when an operation meets a schema that is not in the state it expects. */
public final class InapplicableOperationException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** An exception whose message says what the schema lacks or holds. */
  public InapplicableOperationException(String message) {
    super(message);
  }
}
