package dev.schemata.runtime;

import java.util.Objects;

/**
 * The one exception the {@link Migrator} throws. Its message says what is wrong (naming the
 * version and statement where there is one), what was found against what was expected, and how to
 * fix it; {@link #code()} tells the cases apart for programs.
 */
public final class SchemataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  SchemataException(ErrorCode code, String message) {
    this(code, message, null);
  }

  SchemataException(ErrorCode code, String message, Throwable cause) {
    super("[" + code + "] " + message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** What kind of problem this is. */
  public ErrorCode code() {
    return code;
  }
}
