package dev.schemata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemataProcessorTest {
  @TempDir Path root;
  private Path dir;

  @BeforeEach
  void schemaFolder() {
    dir = root.resolve("schemata");
  }

  private Compilation versionOne() {
    Compilation compilation = ProcessorRun.compile(dir, Sources.marker(1, "initial shop"),
        Sources.customer(), Sources.order(false));
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  @Test
  void firstBuildWritesVersionOneAndGeneratesItsMigration() throws IOException {
    Compilation compilation = versionOne();

    Map<String, String> files = ProcessorRun.files(dir);
    assertThat(files).containsOnlyKeys("V0001__initial_shop.json", "schema.json");
    Golden.assertMatches("processor/V0001__initial_shop.json",
        files.get("V0001__initial_shop.json"));
    Golden.assertMatches("processor/schema-v1.json", files.get("schema.json"));
    Golden.assertMatches("processor/V0001_InitialShop.java",
        source(compilation, "shop.V0001_InitialShop"));
    Golden.assertMatches("processor/SchemataMigrations-v1.java",
        source(compilation, "shop.SchemataMigrations"));
    assertThat(resource(compilation, "META-INF/services/dev.schemata.runtime.ops.MigrationIndex"))
        .isEqualTo("shop.SchemataMigrations\n");
  }

  @Test
  void rebuildingTheSameSourcesChangesNothing() {
    Compilation first = versionOne();
    Map<String, String> before = ProcessorRun.files(dir);

    Compilation second = versionOne();

    assertThat(ProcessorRun.files(dir)).isEqualTo(before);
    assertThat(source(second, "shop.V0001_InitialShop"))
        .isEqualTo(source(first, "shop.V0001_InitialShop"));
    assertThat(source(second, "shop.SchemataMigrations"))
        .isEqualTo(source(first, "shop.SchemataMigrations"));
  }

  @Test
  void changingAnEntityWithoutRaisingTheVersionFailsOnTheChangedField() {
    versionOne();
    Map<String, String> before = ProcessorRun.files(dir);
    JavaFileObject changed = Sources.order(true);

    Compilation compilation = ProcessorRun.compile(dir, Sources.marker(1, "initial shop"),
        Sources.customer(), changed);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[SCH302] the entities changed since version 1"
            + " (V0001__initial_shop.json) was written: orders: new column note VARCHAR(300) NULL."
            + " Raise @SchemaVersion to 2")
        .inFile(changed).onLine(11);
    assertThat(ProcessorRun.files(dir)).isEqualTo(before);
  }

  @Test
  void raisingTheVersionWritesTheNextVersionFile() {
    versionOne();

    Compilation compilation = ProcessorRun.compile(dir, Sources.marker(2, "add order note"),
        Sources.customer(), Sources.order(true));

    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> files = ProcessorRun.files(dir);
    assertThat(files).containsOnlyKeys("V0001__initial_shop.json", "V0002__add_order_note.json",
        "schema.json");
    Golden.assertMatches("processor/V0002__add_order_note.json",
        files.get("V0002__add_order_note.json"));
    Golden.assertMatches("processor/schema-v2.json", files.get("schema.json"));
    Golden.assertMatches("processor/V0002_AddOrderNote.java",
        source(compilation, "shop.V0002_AddOrderNote"));
    Golden.assertMatches("processor/SchemataMigrations-v2.java",
        source(compilation, "shop.SchemataMigrations"));
  }

  @Test
  void aVersionBelowTheCommittedHeadIsAnError() {
    versionOne();
    assertThat(ProcessorRun.compile(dir, Sources.marker(2, "add order note"),
        Sources.customer(), Sources.order(true))).succeeded();
    JavaFileObject marker = Sources.marker(1, "initial shop");

    Compilation compilation = ProcessorRun.compile(dir, marker, Sources.customer(),
        Sources.order(true));

    assertThat(compilation).hadErrorContaining("[SCH301] @SchemaVersion(1) is lower than the"
        + " newest committed version 2 (V0002__add_order_note.json); declare @SchemaVersion(2)"
        + " to build the committed schema, or 3 to record new changes").inFile(marker);
  }

  @Test
  void twoSchemaVersionsAreAnError() {
    JavaFileObject second = JavaFileObjects.forSourceLines("shop.Other",
        "package shop;",
        "@dev.schemata.annotations.SchemaVersion(1)",
        "class Other {}");

    Compilation compilation = ProcessorRun.compile(dir, Sources.marker(1, "x"), second,
        Sources.customer());

    assertThat(compilation).hadErrorContaining("[SCH001] @SchemaVersion is declared more than"
        + " once (here and on shop); keep exactly one per module").inFile(second).onLine(2);
    assertThat(ProcessorRun.files(dir)).isEmpty();
  }

  @Test
  void versionZeroIsAnError() {
    JavaFileObject marker = Sources.marker(0, "x");

    Compilation compilation = ProcessorRun.compile(dir, marker, Sources.customer());

    assertThat(compilation).hadErrorContaining(
        "[SCH002] @SchemaVersion(0) is not a version; versions start at 1").inFile(marker);
  }

  @Test
  void aMalformedVersionFileIsAnErrorNamingFileAndLine() throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("V0001__initial_shop.json"),
        "{\n  \"version\": 1,\n  \"description\": \"x\",,\n}\n");

    Compilation compilation = ProcessorRun.compile(dir, Sources.marker(1, "initial shop"),
        Sources.customer());

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[SCH201] ");
    assertThat(compilation).hadErrorContaining("V0001__initial_shop.json:3: ");
  }

  @Test
  void entitiesWithoutSchemaVersionOnlyWarn() {
    Compilation compilation = javacWithoutDir(Sources.customer());

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[SCH003] @Entity classes were found but no"
        + " @SchemaVersion");
  }

  @Test
  void aPartialBuildReadsTheOtherEntitiesFromTheClassPath() throws IOException {
    Path classes = writeClasses(versionOne(), root.resolve("classes"));
    Path schemas = dir;
    Map<String, String> before = ProcessorRun.files(schemas);

    Compilation onlyOneEntity = ProcessorRun.compile(schemas, List.of(classes),
        Sources.customer());
    Compilation onlyTheMarker = ProcessorRun.compile(schemas, List.of(classes),
        Sources.marker(1, "initial shop"));

    assertThat(onlyOneEntity).succeededWithoutWarnings();
    assertThat(onlyTheMarker).succeededWithoutWarnings();
    assertThat(ProcessorRun.files(schemas)).isEqualTo(before);
    assertThat(source(onlyOneEntity, "shop.V0001_InitialShop"))
        .isEqualTo(source(versionOne(), "shop.V0001_InitialShop"));
  }

  @Test
  void aPartialBuildDoesNotWriteANewVersion() throws IOException {
    versionOne();
    Compilation raised = ProcessorRun.compile(dir, Sources.marker(2, "add order note"),
        Sources.customer(), Sources.order(false));
    Path classes = writeClasses(raised, root.resolve("classes"));
    Map<String, String> before = ProcessorRun.files(dir);
    JavaFileObject changed = Sources.order(true);

    Compilation onlyTheEntity = ProcessorRun.compile(dir, List.of(classes), changed);

    assertThat(onlyTheEntity).hadErrorContaining("[SCH008] version 2 would be written by a"
        + " build that did not compile @SchemaVersion on shop; such a partial build may miss a"
        + " @DataMigration step of the version").inFile(changed);
    assertThat(ProcessorRun.files(dir)).isEqualTo(before);
  }

  @Test
  void withoutAFolderOptionOutsideAProjectTheFolderIsUnknown() {
    JavaFileObject marker = Sources.marker(1, "x");

    Compilation compilation = javacWithoutDir(marker, Sources.customer());

    assertThat(compilation).hadErrorContaining("[SCH004] cannot tell where the schema files live"
        + " (the compiler's output folders are not inside a project with a src/main folder);"
        + " pass -Aschemata.dir=<folder> to javac").inFile(marker);
  }

  @Test
  void anUnwritableFolderIsAnErrorNamingTheFile() throws IOException {
    Files.writeString(root.resolve("blocker"), "a file where a folder should be");
    Path unwritable = root.resolve("blocker").resolve("schemata");

    Compilation compilation = ProcessorRun.compile(unwritable, Sources.marker(1, "x"),
        Sources.customer());

    assertThat(compilation).hadErrorContaining("[SCH005] cannot write "
        + unwritable.resolve("V0001__x.json"));
  }

  @Test
  void aPartialBuildWithoutTheMarkerOnTheClassPathIsAnError() throws IOException {
    Path classes = writeClasses(versionOne(), root.resolve("classes"));
    Files.delete(classes.resolve("shop/package-info.class"));
    JavaFileObject customer = Sources.customer();

    Compilation compilation = ProcessorRun.compile(dir, List.of(classes), customer);

    assertThat(compilation).hadErrorContaining("[SCH007] schema.json names shop as the element"
        + " carrying @SchemaVersion, but it is not on the class path").inFile(customer);
  }

  @Test
  void raisingTheVersionWithoutAChangeOnlyWarns() {
    versionOne();
    Map<String, String> before = ProcessorRun.files(dir);
    JavaFileObject marker = Sources.marker(2, "nothing yet");

    Compilation compilation = ProcessorRun.compile(dir, marker, Sources.customer(),
        Sources.order(false));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[SCH303] @SchemaVersion(2) declares a new"
        + " version, but the entities still match version 1; nothing is written until an entity"
        + " changes").inFile(marker);
    assertThat(ProcessorRun.files(dir)).isEqualTo(before);
  }

  @Test
  void changingThePrimaryKeyOfATableIsAnError() {
    JavaFileObject keyedById = JavaFileObjects.forSourceLines("shop.Tag",
        "package shop;",
        "@jakarta.persistence.Entity",
        "public class Tag { @jakarta.persistence.Id long id; String label; }");
    JavaFileObject keyedByLabel = JavaFileObjects.forSourceLines("shop.Tag",
        "package shop;",
        "@jakarta.persistence.Entity",
        "public class Tag { long id; @jakarta.persistence.Id String label; }");
    assertThat(ProcessorRun.compile(dir, Sources.marker(1, "tags"), keyedById)).succeeded();
    JavaFileObject marker = Sources.marker(2, "key tags by label");

    Compilation compilation = ProcessorRun.compile(dir, marker, keyedByLabel);

    assertThat(compilation).hadErrorContaining("[SCH304] the primary key of table Tag changes"
        + " from (id) to (label)").inFile(marker);
  }

  private static Compilation javacWithoutDir(JavaFileObject... sources) {
    return com.google.testing.compile.Compiler.javac()
        .withProcessors(new SchemataProcessor()).compile(sources);
  }

  private static String source(Compilation compilation, String type) {
    return contents(compilation.generatedSourceFile(type)
        .orElseThrow(() -> new AssertionError("not generated: " + type)));
  }

  private static String resource(Compilation compilation, String path) {
    return contents(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path)
        .orElseThrow(() -> new AssertionError("not generated: " + path)));
  }

  private static String contents(javax.tools.FileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Path writeClasses(Compilation compilation, Path root) throws IOException {
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String path = file.toUri().getPath();
      String relative = path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length());
      Path target = root.resolve(relative);
      Files.createDirectories(target.getParent());
      try (InputStream in = file.openInputStream()) {
        Files.copy(in, target);
      }
    }
    return root;
  }
}
