package dev.schemata.processor.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The members of one JSON object, read with checks: every key must be one of those the object
 * may have, and every value of the expected kind. Errors point at the line of the offending
 * value, or of the object when a key is missing.
 */
final class JsonFields {
  private final Map<String, JsonValue> members;
  private final int line;
  private final String what;
  private final List<String> keys;

  private JsonFields(Map<String, JsonValue> members, int line, String what, List<String> keys) {
    this.members = members;
    this.line = line;
    this.what = what;
    this.keys = keys;
  }

  /**
   * The members of {@code value}, which must be an object with no keys but {@code keys}.
   *
   * @param what the object in words, for messages, as in {@code column} or {@code operation 3}
   */
  static JsonFields of(JsonValue value, String what, String... keys) {
    JsonValue.Obj object = object(value, what);
    JsonFields fields = new JsonFields(object.members(), object.line(), what, List.of(keys));
    for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
      if (!fields.keys.contains(member.getKey())) {
        throw new FileFormatException(member.getValue().line(), "unknown key \""
            + member.getKey() + "\" in " + what + "; remove it or fix its spelling ("
            + fields.keyList() + ")");
      }
    }
    return fields;
  }

  /** {@code value} as an object, or an error naming {@code what}. */
  static JsonValue.Obj object(JsonValue value, String what) {
    if (value instanceof JsonValue.Obj object) {
      return object;
    }
    throw new FileFormatException(value.line(),
        what + " must be a JSON object {…}, not " + JsonValue.describe(value));
  }

  /** The line where the object starts. */
  int line() {
    return line;
  }

  /** The value of a required key, of any kind. */
  JsonValue value(String key) {
    JsonValue value = members.get(key);
    if (value == null) {
      throw new FileFormatException(line, "missing key \"" + key + "\" in " + what
          + "; add it (" + keyList() + ")");
    }
    return value;
  }

  /** A required string. */
  String text(String key) {
    JsonValue value = value(key);
    if (value instanceof JsonValue.Str str) {
      return str.value();
    }
    throw mistyped(key, value, "a string in double quotes");
  }

  /** An optional string; {@code null} when the key is absent. */
  String optionalText(String key) {
    return members.containsKey(key) ? text(key) : null;
  }

  /** A required whole number that fits an {@code int}. */
  int integer(String key) {
    JsonValue value = value(key);
    if (value instanceof JsonValue.Num num && num.integral()) {
      try {
        return Integer.parseInt(num.text());
      } catch (NumberFormatException e) {
        throw mistyped(key, value, "a whole number below 2^31");
      }
    }
    throw mistyped(key, value, "a whole number");
  }

  /** A required whole number that fits a {@code long}. */
  long longInteger(String key) {
    JsonValue value = value(key);
    if (value instanceof JsonValue.Num num && num.integral()) {
      try {
        return Long.parseLong(num.text());
      } catch (NumberFormatException e) {
        throw mistyped(key, value, "a whole number below 2^63");
      }
    }
    throw mistyped(key, value, "a whole number");
  }

  /** An optional array; empty when the key is absent. */
  List<JsonValue> optionalArray(String key) {
    return members.containsKey(key) ? array(key) : List.of();
  }

  /** A required boolean. */
  boolean bool(String key) {
    JsonValue value = value(key);
    if (value instanceof JsonValue.Bool bool) {
      return bool.value();
    }
    throw mistyped(key, value, "true or false");
  }

  /** An optional boolean; false when the key is absent. */
  boolean optionalFlag(String key) {
    return members.containsKey(key) && bool(key);
  }

  /** A required array. */
  List<JsonValue> array(String key) {
    JsonValue value = value(key);
    if (value instanceof JsonValue.Arr array) {
      return array.elements();
    }
    throw mistyped(key, value, "an array [...]");
  }

  /** A required array of strings. */
  List<String> texts(String key) {
    List<String> texts = new ArrayList<>();
    for (JsonValue element : array(key)) {
      if (!(element instanceof JsonValue.Str str)) {
        throw new FileFormatException(element.line(), "the elements of \"" + key + "\" in "
            + what + " must be strings in double quotes, not " + JsonValue.describe(element));
      }
      texts.add(str.value());
    }
    return texts;
  }

  /** An optional array of strings; empty when the key is absent. */
  List<String> optionalTexts(String key) {
    return members.containsKey(key) ? texts(key) : List.of();
  }

  /**
   * Builds a model value, turning a broken model invariant (an empty name, a key on a missing
   * column, …) into an error at this object's line.
   */
  <T> T build(Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalArgumentException e) {
      throw new FileFormatException(line, what + " is invalid: " + e.getMessage()
          + "; fix the file, or restore it from version control");
    }
  }

  private FileFormatException mistyped(String key, JsonValue value, String expected) {
    return new FileFormatException(value.line(), "\"" + key + "\" in " + what + " must be "
        + expected + ", not " + JsonValue.describe(value));
  }

  private String keyList() {
    return "the keys of " + what + " are "
        + keys.stream().map(k -> "\"" + k + "\"").collect(Collectors.joining(", "));
  }
}
