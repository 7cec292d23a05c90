package dev.schemata.runtime.diff;

import static dev.schemata.runtime.diff.Shop.bare;
import static dev.schemata.runtime.diff.Shop.column;
import static dev.schemata.runtime.diff.Shop.conversationKey;
import static dev.schemata.runtime.diff.Shop.conversations;
import static dev.schemata.runtime.diff.Shop.index;
import static dev.schemata.runtime.diff.Shop.key;
import static dev.schemata.runtime.diff.Shop.messages;
import static dev.schemata.runtime.diff.Shop.schema;
import static dev.schemata.runtime.diff.Shop.tasks;
import static dev.schemata.runtime.diff.Shop.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Sequence;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.model.UniqueConstraint;
import dev.schemata.runtime.ops.AddColumn;
import dev.schemata.runtime.ops.AddForeignKey;
import dev.schemata.runtime.ops.AddUniqueConstraint;
import dev.schemata.runtime.ops.AlterColumn;
import dev.schemata.runtime.ops.AlterSequence;
import dev.schemata.runtime.ops.CreateIndex;
import dev.schemata.runtime.ops.CreateSequence;
import dev.schemata.runtime.ops.CreateTable;
import dev.schemata.runtime.ops.DropColumn;
import dev.schemata.runtime.ops.DropForeignKey;
import dev.schemata.runtime.ops.DropIndex;
import dev.schemata.runtime.ops.DropSequence;
import dev.schemata.runtime.ops.DropTable;
import dev.schemata.runtime.ops.DropUniqueConstraint;
import dev.schemata.runtime.ops.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDifferTest {

  private static final Index CONVERSATION_INDEX =
      index(Index.named("ix_messages_conversation_id").on("conversation_id"));
  private static final ForeignKey CONVERSATION_KEY = key(conversationKey());

  /** Diffs, and checks on the way that the operations really lead from one to the other. */
  private static List<Operation> diff(Schema from, Schema to) {
    List<Operation> operations = SchemaDiffer.diff(from, to);
    Schema reached = from;
    for (Operation operation : operations) {
      reached = operation.applyTo(reached);
    }
    assertThat(SchemaDiffer.diff(reached, to)).isEmpty();
    return operations;
  }

  @Test
  void createsNewTablesThenTheirIndexesThenTheirForeignKeys() {
    Table.Builder answers = Table.named("answers")
        .column(Column.named("id").type(SqlType.BIGINT))
        .column(Column.named("question_id").type(SqlType.BIGINT))
        .primaryKey("id")
        .unique(UniqueConstraint.named("uk_answers_question_id").on("question_id"))
        .index(Index.named("ix_answers_question_id").on("question_id"))
        .foreignKey(ForeignKey.named("fk_answers_question_id").columns("question_id")
            .references("questions", "id"));
    Table.Builder questions = Table.named("questions")
        .column(Column.named("id").type(SqlType.BIGINT)).primaryKey("id");

    assertThat(diff(Schema.EMPTY, schema(answers, questions))).containsExactly(
        new CreateTable(bare(answers)),
        new CreateTable(bare(questions)),
        new CreateIndex("answers", index(Index.named("ix_answers_question_id")
            .on("question_id"))),
        new AddForeignKey("answers", key(ForeignKey.named("fk_answers_question_id")
            .columns("question_id").references("questions", "id"))));
  }

  @Test
  void createsSequencesBeforeTablesAndDropsThemAfter() {
    Sequence kept = Sequence.named("a_seq").startWith(1).incrementBy(50).build();
    Sequence gone = Sequence.named("b_seq").startWith(1).incrementBy(1).build();
    Sequence added = Sequence.named("c_seq").startWith(10).incrementBy(5).build();
    Schema from = schema(tasks()).with(kept).with(gone);
    Schema to = schema(conversations()).with(kept).with(added);

    assertThat(diff(from, to)).containsExactly(
        new CreateSequence(added),
        new DropTable(bare(tasks())),
        new CreateTable(bare(conversations())),
        new DropSequence(gone));
  }

  @Test
  void altersAChangedSequenceRatherThanDroppingIt() {
    Sequence before = Sequence.named("tasks_seq").startWith(1).incrementBy(50).build();
    Sequence after = Sequence.named("tasks_seq").startWith(1).incrementBy(100).build();

    assertThat(diff(schema(tasks()).with(before), schema(tasks()).with(after)))
        .containsExactly(new AlterSequence(before, after));
    assertThat(diff(schema(tasks()).with(before), schema(tasks()).with(before))).isEmpty();
  }

  @Test
  void dropsForeignKeysAndIndexesBeforeTheTablesTheyJoin() {
    assertThat(diff(schema(conversations(), messages(), tasks()), schema(tasks())))
        .containsExactly(
            new DropForeignKey("messages", CONVERSATION_KEY),
            new DropIndex("messages", CONVERSATION_INDEX),
            new DropTable(bare(conversations())),
            new DropTable(bare(messages())));
  }

  @Test
  void addsAndDropsColumns() {
    Table.Builder to = tasks().column(Column.named("priority").type(SqlType.INTEGER).nullable());
    Table.Builder from = tasks().column(Column.named("legacy").type(SqlType.varchar(10)));

    assertThat(diff(schema(from), schema(to))).containsExactly(
        new AddColumn("tasks", column(to, "priority")),
        new DropColumn("tasks", column(from, "legacy")));
  }

  @Test
  void altersAColumnWhoseEnumConstantsChange() {
    Table.Builder from = tasks().column(Column.named("state").type(SqlType.varchar(10))
        .values("OPEN", "DONE"));
    Table.Builder to = tasks().column(Column.named("state").type(SqlType.varchar(10))
        .values("DONE", "OPEN"));

    assertThat(diff(schema(from), schema(to))).containsExactly(
        new AlterColumn("tasks", column(from, "state"), column(to, "state")));
    assertThat(diff(schema(from), schema(from))).isEmpty();
  }

  @Test
  void addsNewColumnsInTheOrderOfTheNewSchema() {
    Table.Builder to = tasks()
        .column(Column.named("zeta").type(SqlType.INTEGER).nullable())
        .column(Column.named("alpha").type(SqlType.INTEGER).nullable());

    assertThat(diff(schema(tasks()), schema(to))).containsExactly(
        new AddColumn("tasks", column(to, "zeta")),
        new AddColumn("tasks", column(to, "alpha")));
  }

  @Test
  void altersATypeChange() {
    assertAltered(Column.named("title").type(SqlType.varchar(500)));
  }

  @Test
  void altersANullabilityChange() {
    assertAltered(Column.named("title").type(SqlType.varchar(200)).nullable());
  }

  @Test
  void altersADefaultChange() {
    assertAltered(Column.named("title").type(SqlType.varchar(200)).defaultValue("'untitled'"));
  }

  @Test
  void altersAnIdentityChange() {
    Table.Builder from = tasks();
    Table.Builder to = Table.named("tasks")
        .column(Column.named("id").type(SqlType.BIGINT).identity())
        .column(Column.named("title").type(SqlType.varchar(200)))
        .column(Column.named("done").type(SqlType.BOOLEAN).defaultValue("FALSE"))
        .primaryKey("id");

    assertThat(diff(schema(from), schema(to))).containsExactly(
        new AlterColumn("tasks", column(from, "id"), column(to, "id")));
  }

  private static void assertAltered(Column.Builder title) {
    Table.Builder to = Table.named("tasks")
        .column(Column.named("id").type(SqlType.BIGINT))
        .column(title)
        .column(Column.named("done").type(SqlType.BOOLEAN).defaultValue("FALSE"))
        .primaryKey("id");

    assertThat(diff(schema(tasks()), schema(to))).containsExactly(
        new AlterColumn("tasks", column(tasks(), "title"), column(to, "title")));
  }

  @Test
  void altersSeveralColumnsInNameOrder() {
    Table.Builder to = Table.named("tasks")
        .column(Column.named("id").type(SqlType.BIGINT))
        .column(Column.named("title").type(SqlType.CLOB))
        .column(Column.named("done").type(SqlType.BOOLEAN).nullable())
        .primaryKey("id");

    assertThat(diff(schema(tasks()), schema(to))).containsExactly(
        new AlterColumn("tasks", column(tasks(), "done"), column(to, "done")),
        new AlterColumn("tasks", column(tasks(), "title"), column(to, "title")));
  }

  @Test
  void dropsTheIndexOfADroppedColumnFirst() {
    Table.Builder from = tasks()
        .column(Column.named("priority").type(SqlType.INTEGER))
        .index(Index.named("ix_tasks_priority").on("priority"));

    assertThat(diff(schema(from), schema(tasks()))).containsExactly(
        new DropIndex("tasks", index(Index.named("ix_tasks_priority").on("priority"))),
        new DropColumn("tasks", column(from, "priority")));
  }

  @Test
  void replacesAChangedIndex() {
    Table.Builder from = tasks().index(Index.named("ix_tasks_done").on("done"));
    Table.Builder to = tasks().index(Index.named("ix_tasks_done").on("done", "title"));

    assertThat(diff(schema(from), schema(to))).containsExactly(
        new DropIndex("tasks", index(Index.named("ix_tasks_done").on("done"))),
        new CreateIndex("tasks", index(Index.named("ix_tasks_done").on("done", "title"))));
  }

  @Test
  void replacesAnIndexThatBecomesUnique() {
    Table.Builder from = tasks().index(Index.named("ix_tasks_title").on("title"));
    Table.Builder to = tasks().index(Index.named("ix_tasks_title").on("title").unique());

    assertThat(diff(schema(from), schema(to))).containsExactly(
        new DropIndex("tasks", index(Index.named("ix_tasks_title").on("title"))),
        new CreateIndex("tasks", index(Index.named("ix_tasks_title").on("title").unique())));
  }

  @Test
  void addsAUniqueConstraint() {
    Table.Builder to = tasks().unique(UniqueConstraint.named("uk_tasks_title").on("title"));

    assertThat(diff(schema(tasks()), schema(to))).containsExactly(
        new AddUniqueConstraint("tasks",
            unique(UniqueConstraint.named("uk_tasks_title").on("title"))));
  }

  @Test
  void dropsAUniqueConstraint() {
    Table.Builder from = tasks().unique(UniqueConstraint.named("uk_tasks_title").on("title"));

    assertThat(diff(schema(from), schema(tasks()))).containsExactly(
        new DropUniqueConstraint("tasks",
            unique(UniqueConstraint.named("uk_tasks_title").on("title"))));
  }

  @Test
  void replacesAChangedUniqueConstraint() {
    Table.Builder from = tasks().unique(UniqueConstraint.named("uk_tasks_title").on("title"));
    Table.Builder to = tasks().unique(UniqueConstraint.named("uk_tasks_title")
        .on("title", "done"));

    assertThat(diff(schema(from), schema(to))).containsExactly(
        new DropUniqueConstraint("tasks",
            unique(UniqueConstraint.named("uk_tasks_title").on("title"))),
        new AddUniqueConstraint("tasks",
            unique(UniqueConstraint.named("uk_tasks_title").on("title", "done"))));
  }

  @Test
  void addsAForeignKeyBetweenExistingTables() {
    Table.Builder from = messages();
    Table.Builder to = messages().foreignKey(ForeignKey.named("fk_messages_id")
        .columns("id").references("tasks", "id"));

    assertThat(diff(schema(conversations(), from, tasks()),
        schema(conversations(), to, tasks()))).containsExactly(
            new AddForeignKey("messages", key(ForeignKey.named("fk_messages_id").columns("id")
                .references("tasks", "id"))));
  }

  @Test
  void dropsAForeignKeyBetweenKeptTables() {
    Table.Builder to = Table.named("messages")
        .column(Column.named("id").type(SqlType.BIGINT))
        .column(Column.named("conversation_id").type(SqlType.BIGINT))
        .column(Column.named("body").type(SqlType.CLOB).nullable())
        .primaryKey("id")
        .index(Index.named("ix_messages_conversation_id").on("conversation_id"));

    assertThat(diff(schema(conversations(), messages()), schema(conversations(), to)))
        .containsExactly(new DropForeignKey("messages", CONVERSATION_KEY));
  }

  @Test
  void rebuildsAForeignKeyWhoseColumnsChangeType() {
    Table.Builder conversationsTo = Table.named("conversations")
        .column(Column.named("id").type(SqlType.INTEGER).identity())
        .column(Column.named("title").type(SqlType.varchar(200)))
        .primaryKey("id");
    Table.Builder messagesTo = Table.named("messages")
        .column(Column.named("id").type(SqlType.BIGINT))
        .column(Column.named("conversation_id").type(SqlType.INTEGER))
        .column(Column.named("body").type(SqlType.CLOB).nullable())
        .primaryKey("id")
        .index(Index.named("ix_messages_conversation_id").on("conversation_id"))
        .foreignKey(conversationKey());

    assertThat(diff(schema(conversations(), messages()), schema(conversationsTo, messagesTo)))
        .containsExactly(
            new DropForeignKey("messages", CONVERSATION_KEY),
            new AlterColumn("conversations", column(conversations(), "id"),
                column(conversationsTo, "id")),
            new AlterColumn("messages", column(messages(), "conversation_id"),
                column(messagesTo, "conversation_id")),
            new AddForeignKey("messages", CONVERSATION_KEY));
  }

  @Test
  void rebuildsAForeignKeyWhenOnlyTheReferencedColumnChangesType() {
    Table.Builder conversationsTo = Table.named("conversations")
        .column(Column.named("id").type(SqlType.decimal(19, 0)).identity())
        .column(Column.named("title").type(SqlType.varchar(200)))
        .primaryKey("id");

    assertThat(diff(schema(conversations(), messages()), schema(conversationsTo, messages())))
        .containsExactly(
            new DropForeignKey("messages", CONVERSATION_KEY),
            new AlterColumn("conversations", column(conversations(), "id"),
                column(conversationsTo, "id")),
            new AddForeignKey("messages", CONVERSATION_KEY));
  }

  @Test
  void keepsAForeignKeyWhoseColumnOnlyChangesNullability() {
    Table.Builder messagesTo = Table.named("messages")
        .column(Column.named("id").type(SqlType.BIGINT))
        .column(Column.named("conversation_id").type(SqlType.BIGINT).nullable())
        .column(Column.named("body").type(SqlType.CLOB).nullable())
        .primaryKey("id")
        .index(Index.named("ix_messages_conversation_id").on("conversation_id"))
        .foreignKey(conversationKey());

    assertThat(diff(schema(conversations(), messages()), schema(conversations(), messagesTo)))
        .containsExactly(new AlterColumn("messages", column(messages(), "conversation_id"),
            column(messagesTo, "conversation_id")));
  }

  @Test
  void rebuildsAForeignKeyWhoseReferencedUniqueKeyIsReplaced() {
    Table.Builder codesFrom = codes().unique(UniqueConstraint.named("uk_codes_code").on("code"));
    Table.Builder codesTo = codes().unique(UniqueConstraint.named("uk_codes_code")
        .on("code", "id"));
    ForeignKey toCode = key(ForeignKey.named("fk_users_code").columns("code")
        .references("codes", "code"));

    assertThat(diff(schema(codesFrom, users()), schema(codesTo, users()))).containsExactly(
        new DropForeignKey("users", toCode),
        new DropUniqueConstraint("codes", unique(UniqueConstraint.named("uk_codes_code")
            .on("code"))),
        new AddUniqueConstraint("codes", unique(UniqueConstraint.named("uk_codes_code")
            .on("code", "id"))),
        new AddForeignKey("users", toCode));
  }

  private static Table.Builder codes() {
    return Table.named("codes").column(Column.named("id").type(SqlType.INTEGER))
        .column(Column.named("code").type(SqlType.fixedChar(3))).primaryKey("id");
  }

  private static Table.Builder users() {
    return Table.named("users").column(Column.named("id").type(SqlType.INTEGER))
        .column(Column.named("code").type(SqlType.fixedChar(3))).primaryKey("id")
        .foreignKey(ForeignKey.named("fk_users_code").columns("code")
            .references("codes", "code"));
  }

  @Test
  void runsThePhasesInOrderAcrossTables() {
    Table.Builder from = tasks()
        .column(Column.named("legacy").type(SqlType.INTEGER))
        .unique(UniqueConstraint.named("uk_tasks_legacy").on("legacy"))
        .index(Index.named("ix_tasks_done").on("done"));
    Table.Builder to = Table.named("tasks")
        .column(Column.named("id").type(SqlType.BIGINT))
        .column(Column.named("title").type(SqlType.varchar(300)))
        .column(Column.named("done").type(SqlType.BOOLEAN).defaultValue("FALSE"))
        .column(Column.named("conversation_id").type(SqlType.BIGINT).nullable())
        .primaryKey("id")
        .unique(UniqueConstraint.named("uk_tasks_title").on("title"))
        .index(Index.named("ix_tasks_conversation_id").on("conversation_id"))
        .foreignKey(ForeignKey.named("fk_tasks_conversation_id").columns("conversation_id")
            .references("conversations", "id"));
    Table.Builder archive = Table.named("archive")
        .column(Column.named("id").type(SqlType.BIGINT)).primaryKey("id");

    assertThat(diff(schema(archive, from, conversations(), messages()),
        schema(to, conversations()))).containsExactly(
            new DropForeignKey("messages", CONVERSATION_KEY),
            new DropIndex("messages", CONVERSATION_INDEX),
            new DropIndex("tasks", index(Index.named("ix_tasks_done").on("done"))),
            new DropUniqueConstraint("tasks",
                unique(UniqueConstraint.named("uk_tasks_legacy").on("legacy"))),
            new DropTable(bare(archive)),
            new DropTable(bare(messages())),
            new AddColumn("tasks", column(to, "conversation_id")),
            new AlterColumn("tasks", column(from, "title"), column(to, "title")),
            new DropColumn("tasks", column(from, "legacy")),
            new AddUniqueConstraint("tasks",
                unique(UniqueConstraint.named("uk_tasks_title").on("title"))),
            new CreateIndex("tasks",
                index(Index.named("ix_tasks_conversation_id").on("conversation_id"))),
            new AddForeignKey("tasks", key(ForeignKey.named("fk_tasks_conversation_id")
                .columns("conversation_id").references("conversations", "id"))));
  }

  @Test
  void ignoresColumnOrder() {
    Table.Builder reordered = Table.named("tasks")
        .column(Column.named("done").type(SqlType.BOOLEAN).defaultValue("FALSE"))
        .column(Column.named("title").type(SqlType.varchar(200)))
        .column(Column.named("id").type(SqlType.BIGINT))
        .primaryKey("id");

    assertThat(SchemaDiffer.diff(schema(tasks()), schema(reordered))).isEmpty();
  }

  @Test
  void treatsARenamedTableAsDroppedAndCreated() {
    Table todos = tasks().build().renamed("todos");

    assertThat(SchemaDiffer.diff(schema(tasks()), Schema.of(List.of(todos)))).containsExactly(
        new DropTable(bare(tasks())),
        new CreateTable(todos));
  }

  @Test
  void refusesToChangeThePrimaryKeyOfAnExistingTable() {
    Table.Builder to = tasks().primaryKey("id", "title");

    assertThatThrownBy(() -> SchemaDiffer.diff(schema(tasks()), schema(to)))
        .isInstanceOf(UnsupportedChangeException.class)
        .hasMessage("the primary key of table tasks changes from (id) to (id, title), but the"
            + " primary key of an existing table cannot be changed by Schemata yet; keep the old"
            + " key, or create a new table with the new key");
  }

  @Test
  void refusesToRemoveThePrimaryKeyOfAnExistingTable() {
    assertThatThrownBy(() -> SchemaDiffer.diff(schema(tasks()), schema(tasks().primaryKey())))
        .isInstanceOf(UnsupportedChangeException.class)
        .hasMessageStartingWith("the primary key of table tasks changes from (id) to (none),");
  }

  @Test
  void refusesATargetWhoseForeignKeyReferencesAMissingTable() {
    assertThatThrownBy(() -> SchemaDiffer.diff(Schema.EMPTY, schema(messages())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("foreign key fk_messages_conversation_id of table messages references"
            + " table conversations, which the target schema does not have");
  }

  @Test
  void refusesATargetWhoseForeignKeyReferencesAMissingColumn() {
    Table.Builder to = messages().foreignKey(ForeignKey.named("fk_messages_task")
        .columns("id").references("tasks", "uuid"));

    assertThatThrownBy(() -> SchemaDiffer.diff(Schema.EMPTY,
            schema(conversations(), to, tasks())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("foreign key fk_messages_task of table messages references column"
            + " tasks.uuid, which the target schema does not have");
  }
}
