package dev.schemata.processor.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemata.processor.store.GoldenFiles;
import dev.schemata.processor.store.StoreFixtures;
import dev.schemata.processor.store.VersionFile;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class CodegenGoldenTest {
  static final String PACKAGE = "com.example.tasks.schemata";

  @Test
  void migrationWithEveryOperationMatchesGolden() throws IOException {
    VersionFile version = StoreFixtures.version2();

    String source = MigrationRenderer.render(PACKAGE, version).toString();

    GoldenFiles.assertMatches("codegen/" + MigrationRenderer.className(version) + ".java",
        source);
  }

  @Test
  void firstMigrationMatchesGolden() throws IOException {
    VersionFile version = StoreFixtures.version1();

    GoldenFiles.assertMatches("codegen/" + MigrationRenderer.className(version) + ".java",
        MigrationRenderer.render(PACKAGE, version).toString());
  }

  @Test
  void enumColumnsMatchGolden() throws IOException {
    VersionFile version = StoreFixtures.enumVersion();

    GoldenFiles.assertMatches("codegen/" + MigrationRenderer.className(version) + ".java",
        MigrationRenderer.render(PACKAGE, version).toString());
  }

  @Test
  void enumTypesMatchGolden() throws IOException {
    VersionFile version = StoreFixtures.nativeEnumVersion();

    GoldenFiles.assertMatches("codegen/" + MigrationRenderer.className(version) + ".java",
        MigrationRenderer.render(PACKAGE, version).toString());
  }

  @Test
  void indexMatchesGolden() throws IOException {
    String source = IndexRenderer.render(PACKAGE, StoreFixtures.versions()).toString();

    GoldenFiles.assertMatches("codegen/" + IndexRenderer.CLASS_NAME + ".java", source);
  }

  @Test
  void equalInputGivesEqualOutput() {
    assertThat(MigrationRenderer.render(PACKAGE, StoreFixtures.version2()).toString())
        .isEqualTo(MigrationRenderer.render(PACKAGE, StoreFixtures.version2()).toString());
    assertThat(IndexRenderer.render(PACKAGE, StoreFixtures.versions()).toString())
        .isEqualTo(IndexRenderer.render(PACKAGE,
            java.util.List.of(StoreFixtures.version3(), StoreFixtures.version1(),
                StoreFixtures.version2())).toString());
  }
}
