package dev.schemata.processor.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreWriteTest {
  @TempDir Path root;

  @Test
  void writesVersionFileOnlyWhenItsBytesChange() throws IOException {
    SchemaStore store = new SchemaStore(root.resolve("src/main/schemata"));
    VersionFile version = StoreFixtures.version1();

    assertThat(store.write(version)).isTrue();
    Path file = store.pathOf(version);
    FileTime old = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(file, old);

    assertThat(store.write(version)).isFalse();
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
    assertThat(Files.readString(file)).isEqualTo(VersionFileJson.write(version));
  }

  @Test
  void rewritesVersionFileWhenItsContentChanges() throws IOException {
    SchemaStore store = new SchemaStore(root);
    VersionFile first = new VersionFile(1, "start", 0, List.of());
    VersionFile second = new VersionFile(1, "start", 0, StoreFixtures.version1().operations());
    store.write(first);

    assertThat(store.write(second)).isTrue();
    assertThat(Files.readString(store.pathOf(second))).isEqualTo(VersionFileJson.write(second));
    assertThat(fileNames()).containsExactly("V0001__start.json");
  }

  @Test
  void newDescriptionReplacesTheVersionsOldFile() throws IOException {
    SchemaStore store = new SchemaStore(root);
    store.write(StoreFixtures.version1());
    store.write(new VersionFile(2, "first idea", 1, List.of()));

    assertThat(store.write(StoreFixtures.version2())).isTrue();

    assertThat(fileNames()).containsExactly(StoreFixtures.version1().fileName(),
        StoreFixtures.version2().fileName());
  }

  @Test
  void writesSchemaFileOnlyWhenItsBytesChange() throws IOException {
    SchemaStore store = new SchemaStore(root.resolve("new"));
    SchemaFile schema = StoreFixtures.schemaFile();

    assertThat(store.write(schema)).isTrue();
    assertThat(store.write(schema)).isFalse();
    assertThat(store.write(new SchemaFile(3, "other.marker", schema.entities(),
        schema.schema()))).isTrue();
    assertThat(store.readSchemaFile()).hasValueSatisfying(
        read -> assertThat(read.marker()).isEqualTo("other.marker"));
  }

  @Test
  void writtenFilesReadBackAsTheHistory() throws IOException, StoreException {
    SchemaStore store = new SchemaStore(root);
    for (VersionFile version : StoreFixtures.versions()) {
      store.write(version);
    }

    assertThat(store.readHistory().versions()).isEqualTo(StoreFixtures.versions());
    assertThat(fileNames()).noneMatch(name -> name.endsWith(".tmp"));
  }

  private List<String> fileNames() throws IOException {
    try (Stream<Path> files = Files.list(root)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
