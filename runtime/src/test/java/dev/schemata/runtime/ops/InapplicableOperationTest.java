package dev.schemata.runtime.ops;

import static dev.schemata.runtime.ops.Fixtures.BASE;
import static dev.schemata.runtime.ops.Fixtures.CONVERSATIONS;
import static dev.schemata.runtime.ops.Fixtures.MESSAGES;
import static dev.schemata.runtime.ops.Fixtures.TASKS;
import static dev.schemata.runtime.ops.Fixtures.column;
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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InapplicableOperationTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.schemata.runtime.ops.Fixtures#everyOperation")
  void refusesAMissingTable(String name, Operation op) {
    if (op instanceof CreateSequence || op instanceof DropSequence
        || op instanceof AlterSequence) {
      return; // they need no table: see refusesAMissingOrPresentSequence
    }
    Schema schema = op instanceof CreateTable ? BASE.with(((CreateTable) op).definition())
        : Schema.EMPTY;

    assertThatThrownBy(() -> op.applyTo(schema))
        .isInstanceOf(InapplicableOperationException.class)
        .hasMessageMatching(op instanceof CreateTable ? "table labels exists already"
            : "there is no table \\w+");
  }

  @Test
  void refusesAMissingOrPresentSequence() {
    Sequence ids = Sequence.named("tasks_seq").startWith(1).incrementBy(50).build();
    Sequence other = Sequence.named("tasks_seq").startWith(1).incrementBy(10).build();

    assertThatThrownBy(() -> new CreateSequence(ids).applyTo(BASE))
        .isInstanceOf(InapplicableOperationException.class)
        .hasMessage("sequence tasks_seq exists already");
    assertThatThrownBy(() -> new CreateSequence(Sequence.named("tasks").build()).applyTo(BASE))
        .isInstanceOf(InapplicableOperationException.class)
        .hasMessage("table tasks exists already");
    assertThatThrownBy(() -> new DropSequence(ids).applyTo(Schema.EMPTY))
        .isInstanceOf(InapplicableOperationException.class)
        .hasMessage("there is no sequence tasks_seq");
    assertThatThrownBy(() -> new DropSequence(other).applyTo(BASE))
        .isInstanceOf(InapplicableOperationException.class)
        .hasMessageStartingWith("sequence tasks_seq is Sequence[name=tasks_seq, start=1,"
            + " increment=50]");
    assertThatThrownBy(() -> new AlterSequence(other, ids).applyTo(BASE))
        .isInstanceOf(InapplicableOperationException.class)
        .hasMessageStartingWith("sequence tasks_seq is ");
    assertThatThrownBy(() -> new AlterSequence(ids, other).applyTo(Schema.EMPTY))
        .isInstanceOf(InapplicableOperationException.class)
        .hasMessage("there is no sequence tasks_seq");
  }

  @Test
  void refusesToDropAColumnThatDiffersFromTheCarriedOne() {
    DropColumn drop = new DropColumn("tasks",
        Column.named("note").type(SqlType.varchar(10)).nullable().build());

    assertThatThrownBy(() -> drop.applyTo(BASE))
        .isInstanceOf(InapplicableOperationException.class)
        .hasMessageStartingWith("column tasks.note is Column[name=note, type=CLOB");
  }

  @Test
  void refusesToDropAMissingColumn() {
    DropColumn drop = new DropColumn("tasks", Column.named("gone").type(SqlType.INTEGER).build());

    assertThatThrownBy(() -> drop.applyTo(BASE))
        .isInstanceOf(InapplicableOperationException.class)
        .hasMessage("table tasks has no column gone");
  }

  @Test
  void refusesToAlterAColumnThatDiffersFromTheCarriedOne() {
    AlterColumn alter = new AlterColumn("tasks",
        Column.named("title").type(SqlType.varchar(100)).build(),
        Column.named("title").type(SqlType.varchar(500)).build());

    assertThatThrownBy(() -> alter.applyTo(BASE))
        .isInstanceOf(InapplicableOperationException.class)
        .hasMessageStartingWith("column tasks.title is ");
  }

  @Test
  void refusesToDropATableThatDiffersFromTheCarriedOne() {
    Table older = Table.named("tasks").column(Column.named("id").type(SqlType.BIGINT))
        .primaryKey("id").build();

    assertThatThrownBy(() -> new DropTable(older).applyTo(BASE))
        .isInstanceOf(InapplicableOperationException.class)
        .hasMessageStartingWith("table tasks is Table[name=tasks");
  }

  @Test
  void refusesToDropKeysThatDifferFromTheCarriedOnes() {
    assertThatThrownBy(() -> new DropIndex("messages", Index.named("ix_messages_conversation_id")
            .on("conversation_id", "id").build()).applyTo(BASE))
        .isInstanceOf(InapplicableOperationException.class)
        .hasMessageStartingWith("index ix_messages_conversation_id is ");
    assertThatThrownBy(() -> new DropUniqueConstraint("conversations",
            UniqueConstraint.named("uk_conversations_title").on("title", "id").build())
            .applyTo(BASE))
        .isInstanceOf(InapplicableOperationException.class)
        .hasMessageStartingWith("unique constraint uk_conversations_title is ");
    assertThatThrownBy(() -> new DropForeignKey("messages",
            ForeignKey.named("fk_messages_conversation_id").columns("id")
                .references("conversations", "id").build()).applyTo(BASE))
        .isInstanceOf(InapplicableOperationException.class)
        .hasMessageStartingWith("foreign key fk_messages_conversation_id is ");
  }

  @Test
  void refusesToDropAReferencedTable() {
    assertThatThrownBy(() -> new DropTable(CONVERSATIONS).applyTo(BASE))
        .isInstanceOf(InapplicableOperationException.class)
        .hasMessage("table conversations is referenced by foreign key fk_messages_conversation_id"
            + " of table messages");
  }

  @Test
  void refusesToDropAReferencedColumn() {
    Table codes = Table.named("codes").column(Column.named("id").type(SqlType.INTEGER))
        .column(Column.named("code").type(SqlType.fixedChar(3))).primaryKey("id").build();
    Table users = Table.named("users").column(Column.named("id").type(SqlType.INTEGER))
        .column(Column.named("code").type(SqlType.fixedChar(3))).primaryKey("id")
        .foreignKey(ForeignKey.named("fk_users_code").columns("code").references("codes", "code"))
        .build();
    Schema schema = Schema.of(List.of(codes, users));

    assertThatThrownBy(() -> new DropColumn("codes", column(codes, "code")).applyTo(schema))
        .isInstanceOf(InapplicableOperationException.class)
        .hasMessage("column codes.code is referenced by foreign key fk_users_code of table users");
  }

  @Test
  void refusesToDropAColumnThatAnIndexOrKeyStillNames() {
    assertThatThrownBy(() -> new DropColumn("messages", column(MESSAGES, "conversation_id"))
            .applyTo(BASE))
        .isInstanceOf(InapplicableOperationException.class)
        .hasMessageContaining("names column conversation_id, which the table does not have");
    assertThatThrownBy(() -> new DropColumn("tasks", column(TASKS, "id")).applyTo(BASE))
        .isInstanceOf(InapplicableOperationException.class)
        .hasMessage("primary key of table tasks names column id, which the table does not have");
  }

  @Test
  void refusesTablesThatCarryIndexesOrForeignKeys() {
    assertThatThrownBy(() -> new CreateTable(MESSAGES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("table messages is created without indexes and foreign keys;"
            + " add them as their own operations");
    assertThatThrownBy(() -> new DropTable(MESSAGES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("table messages is dropped after its indexes and foreign keys;"
            + " drop them as their own operations");
  }

  @Test
  void refusesAForeignKeyToAMissingTableOrColumn() {
    AddForeignKey toMissingTable = new AddForeignKey("tasks", ForeignKey.named("fk_owner")
        .columns("conversation_id").references("owners", "id").build());
    AddForeignKey toMissingColumn = new AddForeignKey("tasks", ForeignKey.named("fk_chat")
        .columns("conversation_id").references("conversations", "uuid").build());

    assertThatThrownBy(() -> toMissingTable.applyTo(BASE))
        .isInstanceOf(InapplicableOperationException.class)
        .hasMessage("there is no table owners");
    assertThatThrownBy(() -> toMissingColumn.applyTo(BASE))
        .isInstanceOf(InapplicableOperationException.class)
        .hasMessage("foreign key fk_chat references conversations.uuid, which does not exist");
  }

  @Test
  void refusesKeysAndIndexesOnMissingColumns() {
    assertThatThrownBy(() -> new CreateIndex("tasks", Index.named("ix_x").on("x").build())
            .applyTo(BASE))
        .isInstanceOf(InapplicableOperationException.class)
        .hasMessage("index ix_x of table tasks names column x, which the table does not have");
    assertThatThrownBy(() -> new AddUniqueConstraint("tasks",
            UniqueConstraint.named("uk_x").on("x").build()).applyTo(BASE))
        .isInstanceOf(InapplicableOperationException.class);
    assertThatThrownBy(() -> new AddForeignKey("tasks", ForeignKey.named("fk_x").columns("x")
            .references("conversations", "id").build()).applyTo(BASE))
        .isInstanceOf(InapplicableOperationException.class);
  }

  @Test
  void refusesToRenameOntoAnExistingName() {
    assertThatThrownBy(() -> new RenameTable("tasks", "messages").applyTo(BASE))
        .isInstanceOf(InapplicableOperationException.class)
        .hasMessage("table messages exists already");
    assertThatThrownBy(() -> new RenameColumn("tasks", "title", "done").applyTo(BASE))
        .isInstanceOf(InapplicableOperationException.class)
        .hasMessage("table tasks has a column done already");
    assertThatThrownBy(() -> new RenameColumn("tasks", "nothing", "other").applyTo(BASE))
        .isInstanceOf(InapplicableOperationException.class)
        .hasMessage("table tasks has no column nothing");
  }

  @Test
  void refusesAnAlterationThatRenamesOrChangesNothing() {
    Column title = column(TASKS, "title");

    assertThatThrownBy(() -> new AlterColumn("tasks", title, title.renamed("name")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("altering column tasks.title cannot rename it to name;"
            + " rename it with its own operation");
    assertThatThrownBy(() -> new AlterColumn("tasks", title, title))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("altering column tasks.title changes nothing");
  }

  @Test
  void leavesTheSchemaUntouchedWhenRefusing() {
    Schema before = BASE;
    assertThatThrownBy(() -> new DropTable(CONVERSATIONS).applyTo(before))
        .isInstanceOf(InapplicableOperationException.class);
    assertThat(before.table("conversations")).contains(CONVERSATIONS);
  }
}
