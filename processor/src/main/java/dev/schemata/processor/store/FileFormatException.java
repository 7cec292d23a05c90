package dev.schemata.processor.store;

/**
 * A problem at one line of a file being decoded; {@link SchemaStore} adds the file and turns it
 * into a {@link StoreException}.
 */
final class FileFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int line;

  FileFormatException(int line, String message) {
    super(message);
    this.line = line;
  }

  int line() {
    return line;
  }
}
