package dev.schemata.runtime.model;

/** Checks of the names that model values carry; quoting is the dialects' job. */
final class Names {
  private Names() {}

  static String check(String name, String what) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(what + " is empty");
    }
    if (name.indexOf('\0') >= 0 || !name.equals(name.strip())) {
      throw new IllegalArgumentException(what + " '" + name
          + "' has a NUL character or surrounding white space");
    }
    return name;
  }
}
