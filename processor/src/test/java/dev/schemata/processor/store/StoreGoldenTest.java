package dev.schemata.processor.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class StoreGoldenTest {

  @Test
  void versionFileMatchesGolden() throws IOException {
    VersionFile version = StoreFixtures.version2();

    GoldenFiles.assertMatches("store/" + version.fileName(), VersionFileJson.write(version));
  }

  @Test
  void enumConstantsAreWrittenOnlyWherePresentAndReadBack() throws IOException {
    VersionFile version = StoreFixtures.enumVersion();
    String json = VersionFileJson.write(version);

    GoldenFiles.assertMatches("store/" + version.fileName(), json);
    assertThat(VersionFileJson.read(json).file()).isEqualTo(version);
    assertThat(VersionFileJson.write(StoreFixtures.version2())).doesNotContain("\"values\"");
  }

  @Test
  void enumTypesAreWrittenOnlyWherePresentAndReadBack() throws IOException {
    VersionFile version = StoreFixtures.nativeEnumVersion();
    String json = VersionFileJson.write(version);

    GoldenFiles.assertMatches("store/" + version.fileName(), json);
    assertThat(VersionFileJson.read(json).file()).isEqualTo(version);
    assertThat(VersionFileJson.write(StoreFixtures.enumVersion())).doesNotContain("enumType");
  }

  @Test
  void schemaFileMatchesGolden() throws IOException {
    GoldenFiles.assertMatches("store/schema.json",
        SchemaFileJson.write(StoreFixtures.schemaFile()));
  }

  @Test
  void layoutIsFixed() {
    String json = VersionFileJson.write(StoreFixtures.version1());

    assertThat(json).startsWith("{\n  \"version\": 1,\n  \"description\": ")
        .endsWith("\n}\n")
        .doesNotContain("\r")
        .doesNotContain("\t")
        .doesNotContain(" :")
        .contains("\"primaryKey\": [\n")
        .contains("\"uniqueConstraints\": []");
    assertThat(json.lines()).allSatisfy(line -> assertThat(line).doesNotEndWith(" "));
  }

  @Test
  void fileNameUsesSlugOfDescription() {
    assertThat(new VersionFile(2, "Add task priority", 1, java.util.List.of()).fileName())
        .isEqualTo("V0002__add_task_priority.json");
    assertThat(new VersionFile(12, "  Tasks: add *due* date!! ", 11, java.util.List.of())
        .fileName()).isEqualTo("V0012__tasks_add_due_date.json");
    assertThat(new VersionFile(3, "—", 2, java.util.List.of()).fileName())
        .isEqualTo("V0003__version.json");
  }
}
