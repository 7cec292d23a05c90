package dev.schemata.processor;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * Finds the folder of the committed schema files: the {@code schemata.dir} option, else
 * {@code src/main/schemata} of the project whose build output the compiler writes to, which
 * covers the standard Maven and Gradle layouts without configuration.
 */
final class SchemaDirectory {
  static final String OPTION = "schemata.dir";
  private static final String PROBE = "schemata-location-probe";

  private SchemaDirectory() {}

  /** The folder, or a reason why none was found. */
  static Located locate(ProcessingEnvironment env) {
    String option = env.getOptions().get(OPTION);
    if (option != null && !option.isBlank()) {
      return new Located(Optional.of(Path.of(option).toAbsolutePath().normalize()), "");
    }
    for (JavaFileManager.Location location :
        List.of(StandardLocation.SOURCE_OUTPUT, StandardLocation.CLASS_OUTPUT)) {
      Optional<Path> output = outputPath(env, location);
      for (Path dir = output.orElse(null); dir != null; dir = dir.getParent()) {
        if (Files.isDirectory(dir.resolve("src").resolve("main"))) {
          return new Located(Optional.of(dir.resolve("src").resolve("main").resolve("schemata")),
              "");
        }
      }
    }
    return new Located(Optional.empty(),
        "the compiler's output folders are not inside a project with a src/main folder");
  }

  private static Optional<Path> outputPath(ProcessingEnvironment env,
      JavaFileManager.Location location) {
    try {
      FileObject probe = env.getFiler().getResource(location, "", PROBE);
      URI uri = probe.toUri();
      return "file".equals(uri.getScheme())
          ? Optional.of(Path.of(uri).toAbsolutePath().getParent())
          : Optional.empty();
    } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
      return Optional.empty();
    }
  }

  /**
   * The outcome of the search.
   *
   * @param path the folder, when found
   * @param reason why none was found, else empty
   */
  record Located(Optional<Path> path, String reason) {}
}
