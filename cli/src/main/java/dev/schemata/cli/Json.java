package dev.schemata.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;

/** Writes one JSON document per command, with keys in a fixed order. */
final class Json {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private Json() {}

  /** What goes into the document. */
  @FunctionalInterface
  interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  /** Writes an object with the body's fields, then a newline. */
  static void object(PrintWriter out, Body body) {
    try {
      JsonGenerator json = FACTORY.createGenerator(out);
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      body.write(json);
      json.writeEndObject();
      json.flush();
      out.println();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A string field, or null. */
  static void field(JsonGenerator json, String name, String value) throws IOException {
    if (value == null) {
      json.writeNullField(name);
    } else {
      json.writeStringField(name, value);
    }
  }

  static void field(JsonGenerator json, String name, Instant value) throws IOException {
    field(json, name, value == null ? null : value.toString());
  }

  /** A duration as whole milliseconds, or null. */
  static void millis(JsonGenerator json, String name, Duration value) throws IOException {
    if (value == null) {
      json.writeNullField(name);
    } else {
      json.writeNumberField(name, value.toMillis());
    }
  }

  static void strings(JsonGenerator json, String name, Iterable<String> values)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  static void numbers(JsonGenerator json, String name, Iterable<Integer> values)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (int value : values) {
      json.writeNumber(value);
    }
    json.writeEndArray();
  }
}
