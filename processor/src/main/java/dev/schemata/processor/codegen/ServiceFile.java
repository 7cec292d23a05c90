package dev.schemata.processor.codegen;

import java.util.Objects;

/**
 * A resource file to write into the class output, such as the {@code META-INF/services}
 * registration of the migration index.
 *
 * @param path the path relative to the class output, with {@code /} separators
 * @param content the file's text, ending with a newline
 */
public record ServiceFile(String path, String content) {

  public ServiceFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
  }
}
