package dev.schemata.processor.codegen;

/** Makes user text safe inside a generated Javadoc comment. */
final class Javadoc {
  private Javadoc() {}

  /**
   * The text on one line, with {@code *}{@code /} broken up so a description cannot end the
   * comment early, and {@code @} escaped so it cannot start a block tag.
   */
  static String text(String text) {
    return text.strip()
        .replaceAll("\\s+", " ")
        .replace("*/", "*&#47;")
        .replace("@", "{@literal @}");
  }
}
