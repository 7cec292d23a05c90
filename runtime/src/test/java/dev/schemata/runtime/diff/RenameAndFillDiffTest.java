package dev.schemata.runtime.diff;

import static dev.schemata.runtime.diff.Shop.conversationKey;
import static dev.schemata.runtime.diff.Shop.conversations;
import static dev.schemata.runtime.diff.Shop.messages;
import static dev.schemata.runtime.diff.Shop.schema;
import static dev.schemata.runtime.diff.Shop.tasks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.ops.AddColumn;
import dev.schemata.runtime.ops.AddForeignKey;
import dev.schemata.runtime.ops.AlterColumn;
import dev.schemata.runtime.ops.CreateIndex;
import dev.schemata.runtime.ops.DropForeignKey;
import dev.schemata.runtime.ops.DropIndex;
import dev.schemata.runtime.ops.Operation;
import dev.schemata.runtime.ops.RenameColumn;
import dev.schemata.runtime.ops.RenameTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The differ with hints: renames that keep data, and fills for new NOT NULL columns. */
class RenameAndFillDiffTest {

  /**
   * Diffs with hints, and checks on the way that the operations lead from one schema to the
   * other, and that their inverses in reverse order lead back.
   */
  private static List<Operation> diff(Schema from, Schema to, DiffHints hints) {
    List<Operation> operations = SchemaDiffer.diff(from, to, hints);
    Schema reached = from;
    for (Operation operation : operations) {
      reached = operation.applyTo(reached);
    }
    assertThat(reached).isEqualTo(to);
    List<Operation> back = new ArrayList<>(operations);
    Collections.reverse(back);
    for (Operation operation : back) {
      reached = operation.inverse().applyTo(reached);
    }
    assertThat(reached).isEqualTo(from);
    return operations;
  }

  @Test
  void aRenamedTableKeepsTheForeignKeysIntoItAndRebuildsWhatItsOldNameNamed() {
    Schema from = schema(conversations()
        .index(Index.named("ix_conversations_title").on("title")), messages());
    Table.Builder threads = Table.named("threads")
        .column(Column.named("id").type(SqlType.BIGINT).identity())
        .column(Column.named("title").type(SqlType.varchar(200)))
        .primaryKey("id")
        .index(Index.named("ix_threads_title").on("title"));
    Schema to = Schema.of(List.of(threads.build(),
        messages().build().withReferencedTableRenamed("conversations", "threads")));

    assertThat(diff(from, to, DiffHints.NONE.withRenamedTable("conversations", "threads")))
        .containsExactly(
            new RenameTable("conversations", "threads"),
            new DropIndex("threads", Index.named("ix_conversations_title").on("title").build()),
            new CreateIndex("threads", Index.named("ix_threads_title").on("title").build()));
  }

  @Test
  void aRenamedColumnFollowsIntoItsIndexAndItsForeignKey() {
    Schema from = schema(conversations(), messages());
    Table.Builder renamed = Table.named("messages")
        .column(Column.named("id").type(SqlType.BIGINT))
        .column(Column.named("thread_id").type(SqlType.BIGINT))
        .column(Column.named("body").type(SqlType.CLOB).nullable())
        .primaryKey("id")
        .index(Index.named("ix_messages_conversation_id").on("thread_id"))
        .foreignKey(ForeignKey.named("fk_messages_conversation_id").columns("thread_id")
            .references("conversations", "id"));
    Schema to = schema(conversations(), renamed);

    assertThat(diff(from, to, DiffHints.NONE.withRenamedColumn("messages", "conversation_id",
        "thread_id"))).containsExactly(
            new RenameColumn("messages", "conversation_id", "thread_id"));
  }

  @Test
  void indexAndKeyNamesDerivedFromARenamedColumnAreDroppedAndCreated() {
    Schema from = schema(conversations(), messages());
    Table.Builder renamed = Table.named("messages")
        .column(Column.named("id").type(SqlType.BIGINT))
        .column(Column.named("thread_id").type(SqlType.BIGINT))
        .column(Column.named("body").type(SqlType.CLOB).nullable())
        .primaryKey("id")
        .index(Index.named("ix_messages_thread_id").on("thread_id"))
        .foreignKey(ForeignKey.named("fk_messages_thread_id").columns("thread_id")
            .references("conversations", "id"));
    Schema to = schema(conversations(), renamed);

    assertThat(diff(from, to, DiffHints.NONE.withRenamedColumn("messages", "conversation_id",
        "thread_id"))).containsExactly(
            new RenameColumn("messages", "conversation_id", "thread_id"),
            new DropForeignKey("messages", ForeignKey.named("fk_messages_conversation_id")
                .columns("thread_id").references("conversations", "id").build()),
            new DropIndex("messages", Index.named("ix_messages_conversation_id")
                .on("thread_id").build()),
            new CreateIndex("messages", Index.named("ix_messages_thread_id").on("thread_id")
                .build()),
            new AddForeignKey("messages", ForeignKey.named("fk_messages_thread_id")
                .columns("thread_id").references("conversations", "id").build()));
  }

  @Test
  void aRenamedTableAndAColumnOfItRenameInThatOrderByTheNewTableName() {
    Schema from = schema(tasks());
    Schema to = schema(Table.named("todos")
        .column(Column.named("id").type(SqlType.BIGINT))
        .column(Column.named("subject").type(SqlType.varchar(200)))
        .column(Column.named("done").type(SqlType.BOOLEAN).defaultValue("FALSE"))
        .primaryKey("id"));

    assertThat(diff(from, to, DiffHints.NONE.withRenamedTable("tasks", "todos")
        .withRenamedColumn("todos", "title", "subject"))).containsExactly(
            new RenameTable("tasks", "todos"),
            new RenameColumn("todos", "title", "subject"));
  }

  @Test
  void renamesChainedThroughAFreedNameRunInTheOrderThatFreesIt() {
    Schema from = schema(Table.named("t")
        .column(Column.named("a").type(SqlType.INTEGER))
        .column(Column.named("b").type(SqlType.INTEGER)));
    Schema to = schema(Table.named("t")
        .column(Column.named("b").type(SqlType.INTEGER))
        .column(Column.named("c").type(SqlType.INTEGER)));

    assertThat(diff(from, to, DiffHints.NONE.withRenamedColumn("t", "a", "b")
        .withRenamedColumn("t", "b", "c"))).containsExactly(
            new RenameColumn("t", "b", "c"),
            new RenameColumn("t", "a", "b"));
  }

  @Test
  void swappedNamesAreRefusedWithTheWayOut() {
    Schema from = schema(Table.named("t")
        .column(Column.named("a").type(SqlType.INTEGER))
        .column(Column.named("b").type(SqlType.INTEGER)));

    assertThatThrownBy(() -> SchemaDiffer.diff(from, from, DiffHints.NONE
        .withRenamedColumn("t", "a", "b").withRenamedColumn("t", "b", "a")))
        .isInstanceOf(UnsupportedChangeException.class)
        .hasMessageContaining("rename one of them in a version of its own");
  }

  @Test
  void aHintNamingWhatTheOldSchemaLacksIsRefused() {
    assertThatThrownBy(() -> SchemaDiffer.diff(schema(tasks()), schema(tasks()),
        DiffHints.NONE.withRenamedTable("todos", "tasks")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot rename table todos to tasks: the old schema has no table todos");
    assertThatThrownBy(() -> SchemaDiffer.diff(schema(tasks()), schema(tasks()),
        DiffHints.NONE.withRenamedColumn("tasks", "name", "title")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot rename column tasks.name to title: the old schema has no column"
            + " tasks.name");
  }

  @Test
  void aFilledNotNullColumnIsAddedWithTheFillAsDefaultWhichIsThenRemoved() {
    Column position = Column.named("position").type(SqlType.INTEGER).build();
    Column filled = Column.named("position").type(SqlType.INTEGER).defaultValue("0").build();

    assertThat(diff(schema(tasks()), Schema.of(List.of(tasks().build().withColumn(position))),
        DiffHints.NONE.withFill("tasks", "position", "0"))).containsExactly(
            new AddColumn("tasks", filled),
            new AlterColumn("tasks", filled, position));
  }

  @Test
  void aFillIsNotUsedWhereTheColumnHasADefaultOrAcceptsNull() {
    Column priority = Column.named("priority").type(SqlType.INTEGER).defaultValue("3").build();
    Column note = Column.named("note").type(SqlType.varchar(20)).nullable().build();
    Schema to = Schema.of(List.of(tasks().build().withColumn(priority).withColumn(note)));

    assertThat(diff(schema(tasks()), to, DiffHints.NONE.withFill("tasks", "priority", "0")
        .withFill("tasks", "note", "''"))).containsExactly(
            new AddColumn("tasks", priority),
            new AddColumn("tasks", note));
  }

  private static Schema tasksWith(Column column) {
    return Schema.of(List.of(tasks().build().withColumn(column)));
  }

  @Test
  void aColumnMadeNotNullPassesThroughItsFillAsDefault() {
    Column open = Column.named("rank").type(SqlType.INTEGER).nullable().build();
    Column tight = Column.named("rank").type(SqlType.INTEGER).build();
    Column filled = Column.named("rank").type(SqlType.INTEGER).defaultValue("0").build();

    assertThat(diff(tasksWith(open), tasksWith(tight), DiffHints.NONE.withFill("tasks", "rank",
        "0"))).containsExactly(
            new AlterColumn("tasks", open, filled),
            new AlterColumn("tasks", filled, tight));
  }

  @Test
  void aColumnMadeNotNullWithADefaultOrWithoutAFillIsAlteredOnce() {
    Column open = Column.named("rank").type(SqlType.INTEGER).nullable().build();
    Column withDefault = Column.named("rank").type(SqlType.INTEGER).defaultValue("3").build();
    Column tight = Column.named("rank").type(SqlType.INTEGER).build();
    DiffHints fill = DiffHints.NONE.withFill("tasks", "rank", "0");

    assertThat(diff(tasksWith(open), tasksWith(withDefault), fill))
        .containsExactly(new AlterColumn("tasks", open, withDefault));
    assertThat(diff(tasksWith(open), tasksWith(tight), DiffHints.NONE))
        .containsExactly(new AlterColumn("tasks", open, tight));
    // A column that was NOT NULL already has no NULL rows to fill.
    Column narrow = Column.named("rank").type(SqlType.SMALLINT).build();
    assertThat(diff(tasksWith(tight), tasksWith(narrow), fill))
        .containsExactly(new AlterColumn("tasks", tight, narrow));
  }

  @Test
  void aFilledColumnOfARenamedTableIsNamedByTheNewTableName() {
    Column flag = Column.named("flag").type(SqlType.BOOLEAN).build();
    Column filled = Column.named("flag").type(SqlType.BOOLEAN).defaultValue("TRUE").build();
    Schema to = Schema.of(List.of(tasks().build().renamed("todos").withColumn(flag)));

    assertThat(diff(schema(tasks()), to, DiffHints.NONE.withRenamedTable("tasks", "todos")
        .withFill("todos", "flag", "TRUE"))).containsExactly(
            new RenameTable("tasks", "todos"),
            new AddColumn("todos", filled),
            new AlterColumn("todos", filled, flag));
  }

  @Test
  void withoutHintsTheTwoArgumentFormStillDropsAndAdds() {
    Schema to = Schema.of(List.of(conversations().build().renamed("threads")));

    assertThat(SchemaDiffer.diff(schema(conversations()), to)).hasSize(2)
        .noneMatch(op -> op instanceof RenameTable);
    assertThat(conversationKey().build().referencedTable()).isEqualTo("conversations");
  }
}
