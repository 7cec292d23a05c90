package dev.schemata.processor.store;

import dev.schemata.processor.diagnostic.Message;
import dev.schemata.processor.diagnostic.Problem;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A committed schema file that cannot be used: malformed, hand-broken, or in conflict with
 * another. Names the file and the line, says what is wrong and what to do. A user error, so it is
 * reported without a stack trace.
 */
public final class StoreException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;
  private final String detail;

  /**
   * An exception about one file.
   *
   * @param file the file at fault
   * @param line the 1-based line at fault
   * @param detail what is wrong and what to do
   */
  public StoreException(Path file, int line, String detail) {
    super(file + ":" + line + ": " + detail);
    this.file = Objects.requireNonNull(file, "file");
    this.line = Math.max(1, line);
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  /** The file at fault. */
  public Path file() {
    return file;
  }

  /** The 1-based line at fault. */
  public int line() {
    return line;
  }

  /** What is wrong and what to do, without the file and line. */
  public String detail() {
    return detail;
  }

  /** This exception as a diagnostic, for the processor to report on the version marker. */
  public Problem problem() {
    return Problem.of(Message.SCHEMA_FILE_INVALID, file, line, detail);
  }
}
