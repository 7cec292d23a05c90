package dev.schemata.runtime.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.SqlType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OperationTextTest {

  /** The text of each fixture operation; checksums of applied versions depend on every byte. */
  private static final Map<String, String> EXPECTED = Map.ofEntries(
      Map.entry("create table", "create table labels (id INTEGER NOT NULL,"
          + " name VARCHAR(50) NOT NULL, PRIMARY KEY (id), UNIQUE uk_labels_name (name))"),
      Map.entry("drop table", "drop table tasks (id BIGINT NOT NULL,"
          + " title VARCHAR(200) NOT NULL, done BOOLEAN NOT NULL DEFAULT FALSE,"
          + " conversation_id BIGINT NULL, note CLOB NULL, PRIMARY KEY (id))"),
      Map.entry("rename table", "rename table tasks to todos"),
      Map.entry("rename referenced table", "rename table conversations to chats"),
      Map.entry("add column", "add column tasks.priority INTEGER NULL DEFAULT 0"),
      Map.entry("drop column", "drop column tasks.note CLOB NULL"),
      Map.entry("alter column",
          "alter column tasks.title VARCHAR(200) NOT NULL to title VARCHAR(500) NULL"),
      Map.entry("rename column", "rename column tasks.title to name"),
      Map.entry("rename referenced column", "rename column conversations.id to key"),
      Map.entry("create index",
          "create unique index ix_tasks_done_title on tasks (done, title)"),
      Map.entry("drop index",
          "drop index ix_messages_conversation_id on messages (conversation_id)"),
      Map.entry("add unique constraint", "add unique constraint uk_tasks_title on tasks (title)"),
      Map.entry("drop unique constraint",
          "drop unique constraint uk_conversations_title on conversations (title)"),
      Map.entry("add foreign key", "add foreign key fk_tasks_conversation_id on tasks"
          + " (conversation_id) references conversations (id)"),
      Map.entry("drop foreign key", "drop foreign key fk_messages_conversation_id on messages"
          + " (conversation_id) references conversations (id)"),
      Map.entry("create sequence", "create sequence messages_seq start 100 increment 1"),
      Map.entry("drop sequence", "drop sequence tasks_seq start 1 increment 50"),
      Map.entry("alter sequence",
          "alter sequence tasks_seq start 1 increment 50 to start 1 increment 10"));

  @Test
  void writesTheCanonicalTextOfEveryOperation() {
    Map<String, String> actual = Fixtures.everyOperation().collect(Collectors.toMap(
        a -> (String) a.get()[0], a -> OperationText.of((Operation) a.get()[1])));

    assertThat(actual).containsExactlyInAnyOrderEntriesOf(EXPECTED);
  }

  @Test
  void writesEveryAttributeOfAColumn() {
    assertThat(OperationText.of(Column.named("id").type(SqlType.BIGINT).identity()
        .defaultValue("1").build())).isEqualTo("id BIGINT NOT NULL DEFAULT 1 IDENTITY");
    assertThat(OperationText.of(Column.named("at").type(SqlType.timestampWithTimeZone(6))
        .nullable().build())).isEqualTo("at TIMESTAMP_TZ(6) NULL");
  }

  @Test
  void writesEnumConstantsInDeclarationOrderAndNothingForOtherColumns() {
    Column.Builder role = Column.named("role").type(SqlType.varchar(20));
    assertThat(OperationText.of(role.build())).isEqualTo("role VARCHAR(20) NOT NULL");
    assertThat(OperationText.of(new Column("role", SqlType.varchar(20), false, null, false,
        List.of()))).isEqualTo("role VARCHAR(20) NOT NULL");
    assertThat(OperationText.of(role.values("USER", "ASSISTANT").build()))
        .isEqualTo("role VARCHAR(20) NOT NULL VALUES ('USER', 'ASSISTANT')");
    assertThat(OperationText.of(role.values("USER", "ASSISTANT").enumType("Role").build()))
        .isEqualTo("role VARCHAR(20) NOT NULL VALUES ('USER', 'ASSISTANT') ENUM TYPE Role");
  }

  @Test
  void givesDifferentOperationsDifferentTexts() {
    List<String> texts = Fixtures.everyOperation()
        .map(a -> OperationText.of((Operation) a.get()[1])).toList();
    List<String> inverseTexts = Fixtures.everyOperation()
        .map(a -> OperationText.of(((Operation) a.get()[1]).inverse())).toList();

    assertThat(texts).doesNotHaveDuplicates().doesNotContainAnyElementsOf(inverseTexts);
  }
}
