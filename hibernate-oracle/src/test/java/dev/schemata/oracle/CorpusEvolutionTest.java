package dev.schemata.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.schemata.runtime.Migrator;
import dev.schemata.runtime.dialect.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A second version of some corpus models (src/test/resources/corpus-v2): built against the schema
 * files the first version wrote, as a project builds after a bump, the migration to version 2
 * turns the version-1 database into the schema Hibernate ORM exports for version 2, tables and
 * sequences (but for the differences listed as known), and its downgrade gives back the version-1
 * database exactly.
 */
class CorpusEvolutionTest {
  static final Path CORPUS_V2 = Path.of("src/test/resources/corpus-v2");
  /** The file of a version-2 folder listing the version-1 files that version 2 deletes. */
  static final String DELETED = "deleted-files.txt";

  @TempDir Path work;

  static List<CorpusModel> models() throws IOException {
    List<CorpusModel> models = new ArrayList<>();
    for (CorpusModel changes : CorpusModel.all(CORPUS_V2)) {
      models.add(CorpusModel.read(HibernateOracleTest.CORPUS.resolve(changes.name())));
    }
    return models;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void secondVersionMigratesToHibernatesExportAndDowngradesBack(CorpusModel first)
      throws Exception {
    Path schemata = work.resolve("schemata");
    CorpusBuild one = CorpusBuild.compile(first.sources(), first.processorOptions(), schemata,
        work.resolve("classes-1"));
    OracleDatabase database = OracleDatabase.create(first.name() + "_evolved");
    database.migrator(one.loader()).migrate();
    SortedMap<String, TableShape> versionOne = database.shape();
    SortedSet<String> sequencesOne = database.sequences();

    CorpusModel changes = CorpusModel.read(CORPUS_V2.resolve(first.name()));
    CorpusBuild two = CorpusBuild.compile(secondVersion(first), first.processorOptions(), schemata,
        work.resolve("classes-2"));
    ClassLoader loader = two.loader();
    Migrator migrator = database.migrator(loader);
    assertThat(migrator.migrate().currentVersion()).as("version reached").isEqualTo(2);
    Hibernate hibernate = new Hibernate(two.entities(loader), loader,
        first.hibernateSettings());
    OracleDatabase exported = OracleDatabase.create(first.name() + "_v2_exported");
    hibernate.export(exported.url(),
        HibernateOracleTest.SCRIPTS.resolve(first.name() + "-v2").resolve("hibernate.sql"));

    Files.writeString(HibernateOracleTest.SCRIPTS.resolve(first.name() + "-v2")
        .resolve("schemata.sql"), migrator.script(1, 2, Dialect.H2));

    List<String> differences = new ArrayList<>(
        ShapeDifferences.between(exported.shape(), database.shape()));
    differences.addAll(ShapeDifferences.sequences(exported.sequences(), database.sequences()));
    assertThat(differences)
        .as("differences from Hibernate's schema of version 2 (expected ones are listed in "
            + "corpus-v2/%s/%s)", first.name(), CorpusModel.KNOWN_DIFFERENCES)
        .containsExactlyElementsOf(changes.knownDifferences());
    assertThatCode(() -> hibernate.validate(database.url())).doesNotThrowAnyException();

    migrator.downgradeTo(1);
    assertThat(database.shape()).as("the database after the downgrade to version 1")
        .isEqualTo(versionOne);
    assertThat(database.sequences()).as("the sequences after the downgrade to version 1")
        .isEqualTo(sequencesOne);
  }

  /**
   * The sources of version 2: those of version 1 with each file of corpus-v2/<model> put in
   * place of the file at the same path, or added, and the files that corpus-v2/<model>/{@value
   * #DELETED} lists removed, as a class is deleted from a project.
   */
  private Path secondVersion(CorpusModel first) throws IOException {
    Path sources = work.resolve("sources-2");
    Path changes = CORPUS_V2.resolve(first.name());
    copy(first.sources(), sources);
    copy(changes, sources);
    Path deleted = changes.resolve(DELETED);
    if (Files.exists(deleted)) {
      for (String line : Files.readAllLines(deleted)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          Files.delete(sources.resolve(line.strip()));
        }
      }
    }
    return sources;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
