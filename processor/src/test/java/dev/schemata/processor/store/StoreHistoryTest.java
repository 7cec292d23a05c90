package dev.schemata.processor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreHistoryTest {
  @TempDir Path folder;

  @Test
  void absentFolderIsAnEmptyHistory() throws StoreException {
    History history = new SchemaStore(folder.resolve("missing")).readHistory();

    assertThat(history.versions()).isEmpty();
    assertThat(history.head()).isZero();
    assertThat(history.headSchema()).isEqualTo(Schema.EMPTY);
  }

  @Test
  void readsVersionsInOrderAndIgnoresOtherFiles() throws IOException, StoreException {
    for (VersionFile version : StoreFixtures.versions()) {
      Files.writeString(folder.resolve(version.fileName()), VersionFileJson.write(version));
    }
    Files.writeString(folder.resolve("schema.json"), "not even json");
    Files.writeString(folder.resolve("README.md"), "# notes");
    Files.writeString(folder.resolve("V0002__b.json.orig"), "{");

    History history = new SchemaStore(folder).readHistory();

    assertThat(history.versions()).isEqualTo(StoreFixtures.versions());
    assertThat(history.head()).isEqualTo(3);
    assertThat(history.version(2)).contains(StoreFixtures.version2());
    assertThat(history.version(4)).isEmpty();
  }

  @Test
  void schemaAtReplaysUpToTheVersion() {
    History history = new History(StoreFixtures.versions());

    assertThat(history.schemaAt(0)).isEqualTo(Schema.EMPTY);
    assertThat(history.schemaAt(1).tables().keySet())
        .containsExactly("conversations", "legacy_events", "messages", "tasks");
    Schema head = history.headSchema();
    assertThat(head.tables().keySet()).containsExactly("messages", "tags", "tasks", "threads");
    Table tasks = head.table("tasks").orElseThrow();
    assertThat(tasks.columns()).extracting(c -> c.name())
        .containsExactly("id", "name", "done", "owner_id", "priority");
    assertThat(head.table("messages").orElseThrow().foreignKeys())
        .singleElement().satisfies(fk -> assertThat(fk.referencedTable()).isEqualTo("threads"));
    assertThat(head.table("threads").orElseThrow().column("archived")).isPresent();
    assertThatThrownBy(() -> history.schemaAt(5))
        .hasMessageContaining("the history has no version 5");
  }

  @Test
  void schemaFileIsReadLeniently() throws IOException {
    SchemaStore store = new SchemaStore(folder);
    assertThat(store.readSchemaFile()).isEmpty();

    Files.writeString(folder.resolve("schema.json"), "{\"version\": 1,");
    assertThat(store.readSchemaFile()).isEmpty();

    Files.writeString(folder.resolve("schema.json"), "{\"version\": 1}");
    assertThat(store.readSchemaFile()).isEmpty();

    store.write(StoreFixtures.schemaFile());
    assertThat(store.readSchemaFile()).contains(StoreFixtures.schemaFile());
  }
}
