package dev.schemata.runtime.ops;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Sequence;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.model.UniqueConstraint;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** A small schema and one operation of every type that applies to it. */
final class Fixtures {
  private Fixtures() {}

  static final Table CONVERSATIONS = Table.named("conversations")
      .column(Column.named("id").type(SqlType.BIGINT).identity())
      .column(Column.named("title").type(SqlType.varchar(200)))
      .primaryKey("id")
      .unique(UniqueConstraint.named("uk_conversations_title").on("title"))
      .build();

  static final Table MESSAGES = Table.named("messages")
      .column(Column.named("id").type(SqlType.BIGINT))
      .column(Column.named("conversation_id").type(SqlType.BIGINT))
      .column(Column.named("body").type(SqlType.CLOB).nullable())
      .primaryKey("id")
      .index(Index.named("ix_messages_conversation_id").on("conversation_id"))
      .foreignKey(ForeignKey.named("fk_messages_conversation_id").columns("conversation_id")
          .references("conversations", "id"))
      .build();

  static final Table TASKS = Table.named("tasks")
      .column(Column.named("id").type(SqlType.BIGINT))
      .column(Column.named("title").type(SqlType.varchar(200)))
      .column(Column.named("done").type(SqlType.BOOLEAN).defaultValue("FALSE"))
      .column(Column.named("conversation_id").type(SqlType.BIGINT).nullable())
      .column(Column.named("note").type(SqlType.CLOB).nullable())
      .primaryKey("id")
      .build();

  static final Sequence TASK_IDS = Sequence.named("tasks_seq").startWith(1).incrementBy(50)
      .build();

  static final Schema BASE = Schema.of(List.of(CONVERSATIONS, MESSAGES, TASKS),
      List.of(TASK_IDS));

  static Column column(Table table, String name) {
    return table.column(name).orElseThrow();
  }

  /** One operation of every type, each with a name, applicable to {@link #BASE}. */
  static Stream<Arguments> everyOperation() {
    return Stream.of(
        Arguments.of("create table", new CreateTable(Table.named("labels")
            .column(Column.named("id").type(SqlType.INTEGER))
            .column(Column.named("name").type(SqlType.varchar(50)))
            .primaryKey("id")
            .unique(UniqueConstraint.named("uk_labels_name").on("name"))
            .build())),
        Arguments.of("drop table", new DropTable(TASKS)),
        Arguments.of("rename table", new RenameTable("tasks", "todos")),
        Arguments.of("rename referenced table", new RenameTable("conversations", "chats")),
        Arguments.of("add column", new AddColumn("tasks",
            Column.named("priority").type(SqlType.INTEGER).nullable().defaultValue("0").build())),
        // The last column: re-adding appends, so only then is the inverse exact to the position.
        Arguments.of("drop column", new DropColumn("tasks", column(TASKS, "note"))),
        Arguments.of("alter column", new AlterColumn("tasks", column(TASKS, "title"),
            Column.named("title").type(SqlType.varchar(500)).nullable().build())),
        Arguments.of("rename column", new RenameColumn("tasks", "title", "name")),
        Arguments.of("rename referenced column", new RenameColumn("conversations", "id", "key")),
        Arguments.of("create index", new CreateIndex("tasks",
            Index.named("ix_tasks_done_title").on("done", "title").unique().build())),
        Arguments.of("drop index", new DropIndex("messages",
            MESSAGES.index("ix_messages_conversation_id").orElseThrow())),
        Arguments.of("add unique constraint", new AddUniqueConstraint("tasks",
            UniqueConstraint.named("uk_tasks_title").on("title").build())),
        Arguments.of("drop unique constraint", new DropUniqueConstraint("conversations",
            CONVERSATIONS.uniqueConstraint("uk_conversations_title").orElseThrow())),
        Arguments.of("add foreign key", new AddForeignKey("tasks",
            ForeignKey.named("fk_tasks_conversation_id").columns("conversation_id")
                .references("conversations", "id").build())),
        Arguments.of("drop foreign key", new DropForeignKey("messages",
            MESSAGES.foreignKey("fk_messages_conversation_id").orElseThrow())),
        Arguments.of("create sequence", new CreateSequence(
            Sequence.named("messages_seq").startWith(100).incrementBy(1).build())),
        Arguments.of("drop sequence", new DropSequence(TASK_IDS)),
        Arguments.of("alter sequence", new AlterSequence(TASK_IDS,
            Sequence.named("tasks_seq").startWith(1).incrementBy(10).build())));
  }
}
