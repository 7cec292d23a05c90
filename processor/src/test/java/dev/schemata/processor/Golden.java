package dev.schemata.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whole-file comparisons against files under {@code src/test/resources/golden}. With the
 * environment variable {@code SCHEMATA_UPDATE_GOLDEN=true} the files are rewritten instead, so
 * that {@code git diff} shows what changed.
 */
final class Golden {
  private static final Path ROOT = Path.of("src/test/resources/golden");

  private Golden() {}

  static void assertMatches(String name, String actual) {
    Path file = ROOT.resolve(name);
    try {
      if ("true".equals(System.getenv("SCHEMATA_UPDATE_GOLDEN"))) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file).as("golden file %s (set SCHEMATA_UPDATE_GOLDEN=true to write it)", file)
          .exists();
      assertThat(actual).as("content of %s", name)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
