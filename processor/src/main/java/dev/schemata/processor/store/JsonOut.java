package dev.schemata.processor.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Writes one JSON document into a string in the {@link JsonLayout}. The generator writes to
 * memory, where I/O cannot fail, so its checked exceptions become unchecked here and the codecs
 * stay short.
 */
final class JsonOut {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final JsonGenerator generator;

  private JsonOut(JsonGenerator generator) {
    this.generator = generator;
  }

  /** The text of the object that {@code body} writes, ending with a newline. */
  static String document(Consumer<JsonOut> body) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(text)) {
      generator.setPrettyPrinter(new JsonLayout());
      JsonOut out = new JsonOut(generator);
      generator.writeStartObject();
      body.accept(out);
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.append('\n').toString();
  }

  JsonOut text(String key, String value) {
    return run(() -> generator.writeStringField(key, value));
  }

  JsonOut number(String key, int value) {
    return run(() -> generator.writeNumberField(key, value));
  }

  JsonOut number(String key, long value) {
    return run(() -> generator.writeNumberField(key, value));
  }

  JsonOut bool(String key, boolean value) {
    return run(() -> generator.writeBooleanField(key, value));
  }

  JsonOut texts(String key, List<String> values) {
    return run(() -> {
      generator.writeArrayFieldStart(key);
      for (String value : values) {
        generator.writeString(value);
      }
      generator.writeEndArray();
    });
  }

  /** A member whose value is an object that {@code body} fills. */
  JsonOut object(String key, Consumer<JsonOut> body) {
    run(() -> generator.writeObjectFieldStart(key));
    body.accept(this);
    return run(generator::writeEndObject);
  }

  /** A member whose value is an array of objects, one per element, each filled by {@code body}. */
  <T> JsonOut objects(String key, List<T> elements, BiConsumer<JsonOut, T> body) {
    run(() -> generator.writeArrayFieldStart(key));
    for (T element : elements) {
      run(generator::writeStartObject);
      body.accept(this, element);
      run(generator::writeEndObject);
    }
    return run(generator::writeEndArray);
  }

  private JsonOut run(Write write) {
    try {
      write.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  @FunctionalInterface
  private interface Write {
    void run() throws IOException;
  }
}
