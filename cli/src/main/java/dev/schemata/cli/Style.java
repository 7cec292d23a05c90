package dev.schemata.cli;

/** ANSI colours for a terminal; plain text everywhere else. */
final class Style {
  private final boolean enabled;

  private Style(boolean enabled) {
    this.enabled = enabled;
  }

  static Style of(boolean enabled) {
    return new Style(enabled);
  }

  String good(String text) {
    return paint("32", text);
  }

  String warn(String text) {
    return paint("33", text);
  }

  String bad(String text) {
    return paint("31", text);
  }

  String bold(String text) {
    return paint("1", text);
  }

  private String paint(String code, String text) {
    return enabled && !text.isEmpty() ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
