package dev.schemata.oracle;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One model of the corpus: a folder holding Java sources, and optionally {@code corpus.properties}
 * ({@code processor.<option>=…} passed to the processor as {@code -A<option>=…},
 * {@code hibernate.<setting>=…} given to Hibernate as is) and {@code known-differences.txt}.
 *
 * @param name the folder name
 * @param sources the folder
 * @param processorOptions the {@code -A} options, in name order
 * @param hibernateSettings the Hibernate settings, by name
 */
record CorpusModel(String name, Path sources, List<String> processorOptions,
    Map<String, String> hibernateSettings) {
  static final String KNOWN_DIFFERENCES = "known-differences.txt";
  private static final String PROPERTIES = "corpus.properties";
  private static final String PROCESSOR = "processor.";
  private static final String HIBERNATE = "hibernate.";

  /** The models found in the folders under {@code root}, in name order. */
  static List<CorpusModel> all(Path root) throws IOException {
    List<CorpusModel> models = new ArrayList<>();
    try (Stream<Path> list = Files.list(root)) {
      for (Path folder : list.filter(Files::isDirectory).sorted().toList()) {
        models.add(read(folder));
      }
    }
    return models;
  }

  /** The model in {@code folder}. */
  static CorpusModel read(Path folder) throws IOException {
    Properties properties = new Properties();
    Path file = folder.resolve(PROPERTIES);
    if (Files.exists(file)) {
      try (Reader reader = Files.newBufferedReader(file)) {
        properties.load(reader);
      }
    }
    List<String> options = new ArrayList<>();
    Map<String, String> settings = new TreeMap<>();
    for (String key : new TreeMap<>(properties).keySet().stream().map(Object::toString)
        .toList()) {
      String value = properties.getProperty(key);
      if (key.startsWith(PROCESSOR)) {
        options.add("-A" + key.substring(PROCESSOR.length()) + "=" + value);
      } else if (key.startsWith(HIBERNATE)) {
        settings.put(key, value);
      } else {
        throw new IllegalArgumentException(file + ": " + key + " starts with neither "
            + PROCESSOR + " nor " + HIBERNATE);
      }
    }
    return new CorpusModel(folder.getFileName().toString(), folder, List.copyOf(options),
        Map.copyOf(settings));
  }

  /**
   * The differences from Hibernate's schema the model is known to have, each with the reason in
   * a comment line above it; a test fails when one goes away too, so the list never goes stale.
   */
  List<String> knownDifferences() throws IOException {
    Path file = sources.resolve(KNOWN_DIFFERENCES);
    if (!Files.exists(file)) {
      return List.of();
    }
    return Files.readAllLines(file).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
  }

  @Override
  public String toString() {
    return name;
  }
}
