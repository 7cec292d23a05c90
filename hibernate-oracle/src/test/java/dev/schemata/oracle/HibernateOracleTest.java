package dev.schemata.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.schemata.runtime.Migrator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every model of the corpus (src/test/resources/corpus), the schema that Schemata's
 * migrations build from an empty H2 database equals the one Hibernate ORM's schema export builds
 * for the same entities (tables, and sequences with their start and increment), and Hibernate's
 * validation accepts the migrated database.
 */
class HibernateOracleTest {
  private static final Path CORPUS = Path.of("src/test/resources/corpus");
  private static final String KNOWN_DIFFERENCES = "known-differences.txt";

  @TempDir Path work;

  static Stream<String> models() throws IOException {
    try (Stream<Path> list = Files.list(CORPUS)) {
      return list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
          .toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void migratedSchemaEqualsHibernatesExport(String model) throws Exception {
    CorpusBuild build = CorpusBuild.compile(CORPUS.resolve(model), work);
    ClassLoader loader = build.loader();
    List<Class<?>> entities = build.entities(loader);
    String migrated = url(model + "_migrated");
    String exported = url(model + "_exported");

    JdbcDataSource database = new JdbcDataSource();
    database.setURL(migrated);
    Migrator.configure().dataSource(database).classLoader(loader).load().migrate();
    Hibernate.export(exported, entities, loader);

    List<String> differences = new ArrayList<>(
        ShapeDifferences.between(shape(exported), shape(migrated)));
    differences.addAll(ShapeDifferences.sequences(sequences(exported), sequences(migrated)));
    assertThat(differences)
        .as("differences from Hibernate's schema (expected ones are listed in %s)",
            KNOWN_DIFFERENCES)
        .containsExactlyElementsOf(knownDifferences(model));
    assertThatCode(() -> Hibernate.validate(migrated, entities, loader))
        .doesNotThrowAnyException();
  }

  /**
   * The differences a model is known to have, each with the reason in a comment line above it;
   * the test fails when one goes away too, so the list never goes stale.
   */
  private static List<String> knownDifferences(String model) throws IOException {
    Path file = CORPUS.resolve(model).resolve(KNOWN_DIFFERENCES);
    if (!Files.exists(file)) {
      return List.of();
    }
    return Files.readAllLines(file).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
  }

  private static String url(String name) {
    return "jdbc:h2:mem:" + name + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
  }

  private static SortedSet<String> sequences(String url) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url)) {
      return SchemaShape.sequences(connection);
    }
  }

  private static SortedMap<String, TableShape> shape(String url) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url)) {
      return SchemaShape.read(connection, "schemata_history", "schemata_lock");
    }
  }
}
