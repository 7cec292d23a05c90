package dev.schemata.processor.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses JSON text into {@link JsonValue}s with their lines, so that decoding can check shapes
 * and point at the offending line; syntax errors carry Jackson's location.
 */
final class JsonTree {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final JsonParser parser;

  private JsonTree(JsonParser parser) {
    this.parser = parser;
  }

  /**
   * The single JSON value of {@code text}.
   *
   * @throws FileFormatException on malformed JSON, duplicate keys or trailing content
   */
  static JsonValue parse(String text) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonTree tree = new JsonTree(parser);
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new FileFormatException(1, "the file is empty; a version file is a JSON object, "
            + "so delete the file and rebuild to regenerate it");
      }
      JsonValue value = tree.value(first);
      if (parser.nextToken() != null) {
        throw new FileFormatException(tree.line(),
            "unexpected content after the end of the JSON object; remove it");
      }
      return value;
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      int line = location == null ? 1 : Math.max(1, location.getLineNr());
      throw new FileFormatException(line, "malformed JSON: " + e.getOriginalMessage()
          + "; fix the syntax, or restore the file from version control");
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
  }

  private int line() {
    return Math.max(1, parser.currentTokenLocation().getLineNr());
  }

  private JsonValue value(JsonToken token) throws IOException {
    int line = line();
    return switch (token) {
      case START_OBJECT -> object(line);
      case START_ARRAY -> array(line);
      case VALUE_STRING -> new JsonValue.Str(parser.getText(), line);
      case VALUE_NUMBER_INT -> new JsonValue.Num(parser.getText(), true, line);
      case VALUE_NUMBER_FLOAT -> new JsonValue.Num(parser.getText(), false, line);
      case VALUE_TRUE -> new JsonValue.Bool(true, line);
      case VALUE_FALSE -> new JsonValue.Bool(false, line);
      case VALUE_NULL -> new JsonValue.Null(line);
      default -> throw new FileFormatException(line, "unexpected " + token + "; fix the syntax");
    };
  }

  private JsonValue object(int line) throws IOException {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT;
        token = parser.nextToken()) {
      String key = parser.currentName();
      int keyLine = line();
      JsonValue value = value(parser.nextToken());
      if (members.put(key, value) != null) {
        throw new FileFormatException(keyLine, "key \"" + key
            + "\" appears twice in one object; keep one of them");
      }
    }
    return new JsonValue.Obj(members, line);
  }

  private JsonValue array(int line) throws IOException {
    List<JsonValue> elements = new ArrayList<>();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      elements.add(value(token));
    }
    return new JsonValue.Arr(elements, line);
  }
}
