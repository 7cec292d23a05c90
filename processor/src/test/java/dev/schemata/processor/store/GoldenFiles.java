package dev.schemata.processor.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with files under {@code src/test/resources/golden/}, byte for byte. With the
 * environment variable {@code SCHEMATA_UPDATE_GOLDEN=true} it rewrites them instead, so that
 * {@code git diff} shows what changed.
 */
public final class GoldenFiles {
  private static final Path ROOT = Path.of("src", "test", "resources", "golden");

  private GoldenFiles() {}

  /** Asserts that {@code actual} equals the golden file at {@code relativePath}. */
  public static void assertMatches(String relativePath, String actual) throws IOException {
    Path file = ROOT.resolve(relativePath);
    byte[] bytes = actual.getBytes(StandardCharsets.UTF_8);
    if ("true".equals(System.getenv("SCHEMATA_UPDATE_GOLDEN"))) {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
      return;
    }
    assertThat(file).as("golden file %s; run the tests with SCHEMATA_UPDATE_GOLDEN=true to "
        + "create it", file).exists();
    assertThat(actual).as("output against %s", file)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    assertThat(bytes).as("bytes of %s", file).isEqualTo(Files.readAllBytes(file));
  }
}
