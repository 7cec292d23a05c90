package dev.schemata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.schemata.processor.store.SchemaStore;
import dev.schemata.processor.store.StoreException;
import dev.schemata.runtime.ops.OperationText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @DataMigration} through the processor: the step is recorded in its version's file at the
 * point between the adds and the drops, the generated migration runs it both ways, and steps that
 * name a written or an unknown version, or cannot be created, are errors on the step.
 */
class DataMigrationTest {
  @TempDir Path root;
  private Path dir;

  @BeforeEach
  void schemaFolder() {
    dir = root.resolve("schemata");
  }

  private static JavaFileObject source(String type, String... lines) {
    List<String> all = new ArrayList<>(List.of("package shop;", "",
        "import jakarta.persistence.*;", "import dev.schemata.annotations.*;",
        "import dev.schemata.runtime.ops.*;", ""));
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines("shop." + type, all);
  }

  private static JavaFileObject personWithName() {
    return source("Person", "@Entity public class Person {", "  @Id Long id;",
        "  String name;", "}");
  }

  private static JavaFileObject personWithTwoNames() {
    return source("Person", "@Entity public class Person {", "  @Id Long id;",
        "  @Column(nullable = false) String firstName;", "  String lastName;", "}");
  }

  private static JavaFileObject step(String name, int version) {
    return source(name, "@DataMigration(version = " + version + ")",
        "public class " + name + " implements DataStep {",
        "  @Override public void upgrade(DataContext data) throws java.sql.SQLException {",
        "    data.execute(\"update Person set firstName = name\");",
        "  }",
        "  @Override public void downgrade(DataContext data) throws java.sql.SQLException {",
        "    data.execute(\"update Person set name = firstName\");",
        "  }",
        "}");
  }

  private Compilation build(int version, JavaFileObject... sources) {
    List<JavaFileObject> all = new ArrayList<>(List.of(sources));
    all.add(0, Sources.marker(version, ""));
    return ProcessorRun.compile(dir, List.of(), all.toArray(JavaFileObject[]::new));
  }

  private List<String> operations(int version) throws StoreException {
    return new SchemaStore(dir).readHistory().version(version).orElseThrow().operations()
        .stream().map(OperationText::of).toList();
  }

  private static String generated(Compilation compilation, String name) {
    try {
      return compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, "shop", name + ".java")
          .orElseThrow().getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theStepRunsBetweenTheAddsAndTheDropsAndTheNewNotNullColumnIsTightenedAfterIt()
      throws StoreException {
    assertThat(build(1, personWithName())).succeeded();

    Compilation compilation = build(2, personWithTwoNames(), step("SplitNames", 2));

    assertThat(compilation).succeeded();
    assertThat(compilation.warnings()).as("the step fills the column it tightens")
        .noneMatch(warning -> warning.getMessage(null).contains("SCH313"));
    assertThat(operations(2)).containsExactly(
        "add column Person.firstName VARCHAR(255) NULL",
        "add column Person.lastName VARCHAR(255) NULL",
        "data shop.SplitNames",
        "alter column Person.firstName VARCHAR(255) NULL to firstName VARCHAR(255) NOT NULL",
        "drop column Person.name VARCHAR(255) NULL");
    Map<String, String> files = ProcessorRun.files(dir);
    assertThat(files.get("V0002__add_person_firstname_and_more.json"))
        .contains("\"op\": \"runData\",\n      \"step\": \"shop.SplitNames\"");
    String migration = generated(compilation, "V0002_AddPersonFirstnameAndMore");
    assertThat(migration).contains("change.runData(SplitNames.class);")
        .contains("change.undoData(SplitNames.class);");
    assertThat(migration.indexOf("change.undoData"))
        .isGreaterThan(migration.indexOf("change.addColumn(\"Person\", Column.named(\"name\")"));

    Compilation again = build(2, personWithTwoNames(), step("SplitNames", 2));

    assertThat(again).succeeded();
    assertThat(ProcessorRun.files(dir)).isEqualTo(files);
    assertThat(generated(again, "V0002_AddPersonFirstnameAndMore")).isEqualTo(migration);
  }

  @Test
  void aStepAloneMakesAVersion() throws StoreException {
    assertThat(build(1, personWithName())).succeeded();

    Compilation compilation = build(2, personWithName(), step("SeedPeople", 2));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(operations(2)).containsExactly("data shop.SeedPeople");
    assertThat(ProcessorRun.files(dir)).containsKey("V0002__data_seedpeople.json");
  }

  @Test
  void aStepForAWrittenVersionIsAnErrorThatSaysToRaiseTheVersion() {
    assertThat(build(1, personWithName())).succeeded();
    Map<String, String> before = ProcessorRun.files(dir);

    Compilation compilation = build(1, personWithName(), step("SplitNames", 1));

    assertThat(compilation).hadErrorContaining("[SCH322] @DataMigration(version = 1) on"
        + " shop.SplitNames: version 1 is written already (V0001__initial_schema.json)");
    assertThat(compilation).hadErrorContaining("declare @SchemaVersion(2) and"
        + " @DataMigration(version = 2)");
    assertThat(compilation).hadErrorContainingMatch("SCH322").inFile(step("SplitNames", 1));
    assertThat(ProcessorRun.files(dir)).isEqualTo(before);
  }

  @Test
  void aStepForAVersionThatDoesNotExistIsAnError() {
    assertThat(build(1, personWithName())).succeeded();

    Compilation compilation = build(1, personWithName(), step("SplitNames", 3));

    assertThat(compilation).hadErrorContaining("[SCH321] @DataMigration(version = 3) on"
        + " shop.SplitNames names a version this build does not write");
  }

  @Test
  void aStepTheMigrationCannotCreateIsAnError() {
    JavaFileObject notAStep = source("Loose", "@DataMigration(version = 1)",
        "public class Loose {", "}");
    JavaFileObject needsArgument = source("Picky", "@DataMigration(version = 1)",
        "public class Picky implements DataStep {",
        "  public Picky(String value) {}",
        "  @Override public void upgrade(DataContext data) {}",
        "  @Override public void downgrade(DataContext data) {}",
        "}");

    Compilation compilation = build(1, personWithName(), notAStep, needsArgument);

    assertThat(compilation).hadErrorContaining("[SCH320] @DataMigration shop.Loose cannot be"
        + " run: it does not implement dev.schemata.runtime.ops.DataStep");
    assertThat(compilation).hadErrorContaining("[SCH320] @DataMigration shop.Picky cannot be"
        + " run: it has no public constructor without parameters");
  }

  @Test
  void aWrittenVersionWhoseStepIsGoneIsAnErrorNamingTheVersionAndTheStep() {
    assertThat(build(1, personWithName())).succeeded();
    assertThat(build(2, personWithName(), step("SeedPeople", 2))).succeeded();

    Compilation compilation = build(2, personWithName());

    assertThat(compilation).hadErrorContaining("[SCH323] version 2 (V0002__data_seedpeople.json)"
        + " runs data step shop.SeedPeople, which is not on the class path");
  }
}
