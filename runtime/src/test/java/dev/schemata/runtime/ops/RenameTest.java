package dev.schemata.runtime.ops;

import static dev.schemata.runtime.ops.Fixtures.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenameTest {

  private static final Table CATEGORIES = Table.named("categories")
      .column(Column.named("id").type(SqlType.INTEGER))
      .column(Column.named("parent_id").type(SqlType.INTEGER).nullable())
      .primaryKey("id")
      .foreignKey(ForeignKey.named("fk_categories_parent_id").columns("parent_id")
          .references("categories", "id"))
      .build();

  @Test
  void renamingATablePointsForeignKeysOfOtherTablesAtTheNewName() {
    Schema renamed = new RenameTable("conversations", "chats").applyTo(BASE);

    assertThat(renamed.tables()).containsOnlyKeys("chats", "messages", "tasks");
    assertThat(renamed.table("messages").orElseThrow().foreignKeys()).containsExactly(
        new ForeignKey("fk_messages_conversation_id", List.of("conversation_id"), "chats",
            List.of("id")));
  }

  @Test
  void renamingASelfReferencingTablePointsItsOwnForeignKeyAtTheNewName() {
    Schema renamed = new RenameTable("categories", "groups")
        .applyTo(Schema.of(List.of(CATEGORIES)));

    assertThat(renamed.table("groups").orElseThrow().foreignKeys())
        .extracting(ForeignKey::referencedTable).containsExactly("groups");
  }

  @Test
  void renamingAColumnPointsForeignKeysOfOtherTablesAtTheNewName() {
    Schema renamed = new RenameColumn("conversations", "id", "key").applyTo(BASE);

    assertThat(renamed.table("conversations").orElseThrow().primaryKey()).containsExactly("key");
    assertThat(renamed.table("messages").orElseThrow().foreignKeys()).containsExactly(
        new ForeignKey("fk_messages_conversation_id", List.of("conversation_id"),
            "conversations", List.of("key")));
  }

  @Test
  void renamingAReferencingColumnRenamesItInItsIndexesAndForeignKeys() {
    Schema renamed = new RenameColumn("messages", "conversation_id", "chat_id").applyTo(BASE);
    Table messages = renamed.table("messages").orElseThrow();

    assertThat(messages.columns()).extracting(Column::name)
        .containsExactly("id", "chat_id", "body");
    assertThat(messages.index("ix_messages_conversation_id").orElseThrow().columns())
        .containsExactly("chat_id");
    assertThat(messages.foreignKey("fk_messages_conversation_id").orElseThrow().columns())
        .containsExactly("chat_id");
  }

  @Test
  void renamingAColumnOfASelfReferencingTableFollowsOnBothEnds() {
    Schema renamed = new RenameColumn("categories", "id", "category_id")
        .applyTo(Schema.of(List.of(CATEGORIES)));

    assertThat(renamed.table("categories").orElseThrow().foreignKeys()).containsExactly(
        new ForeignKey("fk_categories_parent_id", List.of("parent_id"), "categories",
            List.of("category_id")));
  }

  @Test
  void renamingAColumnLeavesForeignKeysToAnotherTableOfTheSameColumnNameAlone() {
    Schema renamed = new RenameColumn("tasks", "id", "task_id").applyTo(BASE);

    assertThat(renamed.table("messages")).isEqualTo(BASE.table("messages"));
  }
}
