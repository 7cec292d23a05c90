package dev.schemata.processor.store;

import java.util.List;
import java.util.Map;

/** A parsed JSON value that remembers the line it starts on, for error messages. */
sealed interface JsonValue {

  /** The 1-based line where the value starts. */
  int line();

  /** A JSON object; members in file order. */
  record Obj(Map<String, JsonValue> members, int line) implements JsonValue {}

  /** A JSON array. */
  record Arr(List<JsonValue> elements, int line) implements JsonValue {}

  /** A JSON string. */
  record Str(String value, int line) implements JsonValue {}

  /** A JSON number, kept as written; {@code integral} when it has no fraction or exponent. */
  record Num(String text, boolean integral, int line) implements JsonValue {}

  /** {@code true} or {@code false}. */
  record Bool(boolean value, int line) implements JsonValue {}

  /** {@code null}. */
  record Null(int line) implements JsonValue {}

  /** How the value looks, for "must be …, not …" messages. */
  static String describe(JsonValue value) {
    if (value instanceof Obj) {
      return "an object";
    } else if (value instanceof Arr) {
      return "an array";
    } else if (value instanceof Str str) {
      return "the string \"" + str.value() + "\"";
    } else if (value instanceof Num num) {
      return "the number " + num.text();
    } else if (value instanceof Bool bool) {
      return String.valueOf(bool.value());
    }
    return "null";
  }
}
