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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every model of the corpus (src/test/resources/corpus), the schema that Schemata's
 * migrations build from an empty H2 database equals the one Hibernate ORM's schema export builds
 * for the same entities (tables, and sequences with their start and increment), but for the
 * differences the model lists as known, and Hibernate's
 * validation accepts the migrated database.
 */
class HibernateOracleTest {
  static final Path CORPUS = Path.of("src/test/resources/corpus");
  /** Where both tools' DDL is written, to read when a difference needs explaining. */
  static final Path SCRIPTS = Path.of("target/oracle-ddl");

  @TempDir Path work;

  static List<CorpusModel> models() throws IOException {
    return CorpusModel.all(CORPUS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void migratedSchemaEqualsHibernatesExport(CorpusModel model) throws Exception {
    CorpusBuild build = CorpusBuild.compile(model.sources(), model.processorOptions(),
        work.resolve("schemata"), work.resolve("classes"));
    ClassLoader loader = build.loader();
    Hibernate hibernate = new Hibernate(build.entities(loader), loader,
        model.hibernateSettings());
    OracleDatabase migrated = OracleDatabase.create(model.name() + "_migrated");
    OracleDatabase exported = OracleDatabase.create(model.name() + "_exported");

    Migrator migrator = migrated.migrator(loader);
    migrator.migrate();
    hibernate.export(exported.url(), SCRIPTS.resolve(model.name()).resolve("hibernate.sql"));
    Files.writeString(SCRIPTS.resolve(model.name()).resolve("schemata.sql"),
        migrator.script(0, migrator.status().currentVersion(), Dialect.H2));

    List<String> differences = new ArrayList<>(
        ShapeDifferences.between(exported.shape(), migrated.shape()));
    differences.addAll(ShapeDifferences.sequences(exported.sequences(), migrated.sequences()));
    assertThat(differences)
        .as("differences from Hibernate's schema (expected ones are listed in %s)",
            CorpusModel.KNOWN_DIFFERENCES)
        .containsExactlyElementsOf(model.knownDifferences());
    assertThatCode(() -> hibernate.validate(migrated.url())).doesNotThrowAnyException();
  }
}
