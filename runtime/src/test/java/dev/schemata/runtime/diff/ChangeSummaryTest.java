package dev.schemata.runtime.diff;

import static dev.schemata.runtime.diff.Shop.bare;
import static dev.schemata.runtime.diff.Shop.conversations;
import static dev.schemata.runtime.diff.Shop.schema;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemata.runtime.diff.ChangeSummary.Change;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
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
import dev.schemata.runtime.ops.RenameColumn;
import dev.schemata.runtime.ops.RenameTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeSummaryTest {

  private static final Column PRIORITY =
      Column.named("priority").type(SqlType.INTEGER).nullable().build();
  private static final ForeignKey CONVERSATION_KEY = ForeignKey.named(
      "fk_messages_conversation_id").columns("conversation_id").references("conversations", "id")
      .build();
  private static final ForeignKey COMPOSITE_KEY = ForeignKey.named("fk_lines_order")
      .columns("order_id", "shop_id").references("orders", "id", "shop_id").build();

  private static Change summary(Operation operation) {
    List<Change> changes = ChangeSummary.of(List.of(operation));
    assertThat(changes).hasSize(1);
    return changes.get(0);
  }

  private static Column column(String name, SqlType type, boolean nullable, String defaultValue,
      boolean identity) {
    return new Column(name, type, nullable, defaultValue, identity);
  }

  @Test
  void describesSequences() {
    Sequence ids = Sequence.named("tasks_seq").startWith(1).incrementBy(50).build();

    assertThat(summary(new CreateSequence(ids))).isEqualTo(
        new Change("tasks_seq", null, "new sequence tasks_seq (start 1, increment 50)"));
    assertThat(summary(new DropSequence(ids)))
        .isEqualTo(new Change("tasks_seq", null, "dropped sequence tasks_seq"));
    assertThat(summary(new AlterSequence(ids,
        Sequence.named("tasks_seq").startWith(5).incrementBy(10).build()))).isEqualTo(
        new Change("tasks_seq", null, "sequence tasks_seq: start 1 -> 5, increment 50 -> 10"));
  }

  @Test
  void describesTables() {
    assertThat(summary(new CreateTable(conversations().build())))
        .isEqualTo(new Change("conversations", null, "new table conversations"));
    assertThat(summary(new DropTable(bare(Table.named("old_tasks")
        .column(Column.named("id").type(SqlType.INTEGER))))))
        .isEqualTo(new Change("old_tasks", null, "dropped table old_tasks"));
    assertThat(summary(new RenameTable("old_tasks", "tasks")))
        .isEqualTo(new Change("tasks", null, "renamed table old_tasks to tasks"));
  }

  @Test
  void describesNewAndDroppedColumns() {
    assertThat(summary(new AddColumn("tasks", PRIORITY)))
        .isEqualTo(new Change("tasks", "priority", "new column priority INTEGER NULL"));
    assertThat(summary(new AddColumn("tasks", Column.named("id").type(SqlType.BIGINT)
        .identity().defaultValue("1").build())))
        .isEqualTo(new Change("tasks", "id", "new column id BIGINT NOT NULL DEFAULT 1 IDENTITY"));
    assertThat(summary(new DropColumn("tasks", PRIORITY)))
        .isEqualTo(new Change("tasks", "priority", "dropped column priority"));
    assertThat(summary(new RenameColumn("tasks", "name", "title")))
        .isEqualTo(new Change("tasks", "title", "renamed column name to title"));
  }

  @Test
  void describesEachAlteredAttribute() {
    Column title = column("title", SqlType.varchar(200), false, null, false);

    assertThat(summary(new AlterColumn("tasks", title,
        column("title", SqlType.varchar(500), false, null, false))))
        .isEqualTo(new Change("tasks", "title", "column title: VARCHAR(200) -> VARCHAR(500)"));
    assertThat(summary(new AlterColumn("tasks",
        column("done", SqlType.BOOLEAN, true, null, false),
        column("done", SqlType.BOOLEAN, false, null, false))).text())
        .isEqualTo("column done: NULL -> NOT NULL");
    assertThat(summary(new AlterColumn("tasks", title,
        column("title", SqlType.varchar(200), false, "'untitled'", false))).text())
        .isEqualTo("column title: no default -> DEFAULT 'untitled'");
    assertThat(summary(new AlterColumn("tasks",
        column("id", SqlType.BIGINT, false, null, true),
        column("id", SqlType.BIGINT, false, null, false))).text())
        .isEqualTo("column id: IDENTITY -> no identity");
  }

  @Test
  void describesChangedEnumConstants() {
    Column.Builder status = Column.named("status").type(SqlType.varchar(16));
    assertThat(summary(new AlterColumn("orders", status.values("OPEN", "PAID").build(),
        status.values("OPEN", "PAID", "SHIPPED").build())).text())
        .isEqualTo("column status: values [OPEN, PAID] -> [OPEN, PAID, SHIPPED]");
  }

  @Test
  void describesASwitchBetweenCheckConstraintAndEnumType() {
    Column.Builder status = Column.named("status").type(SqlType.varchar(16))
        .values("OPEN", "PAID");
    Column checked = status.build();
    Column typed = status.enumType("OrderStatus").build();
    assertThat(summary(new AlterColumn("orders", checked, typed)).text())
        .isEqualTo("column status: check constraint -> enum type OrderStatus");
    assertThat(summary(new AlterColumn("orders", typed, checked)).text())
        .isEqualTo("column status: enum type OrderStatus -> check constraint");
  }

  @Test
  void listsSeveralAlteredAttributesInAFixedOrder() {
    assertThat(summary(new AlterColumn("tasks",
        column("done", SqlType.BOOLEAN, true, "FALSE", false),
        column("done", SqlType.SMALLINT, false, "0", true))).text())
        .isEqualTo("column done: BOOLEAN -> SMALLINT, NULL -> NOT NULL,"
            + " DEFAULT FALSE -> DEFAULT 0, no identity -> IDENTITY");
  }

  @Test
  void describesIndexes() {
    Index priority = Index.named("ix_tasks_priority").on("priority").build();
    Index titleDone = Index.named("ux_tasks_title_done").on("title", "done").unique().build();

    assertThat(summary(new CreateIndex("tasks", priority))).isEqualTo(
        new Change("tasks", "priority", "new index ix_tasks_priority (priority)"));
    assertThat(summary(new DropIndex("tasks", priority))).isEqualTo(
        new Change("tasks", "priority", "dropped index ix_tasks_priority (priority)"));
    assertThat(summary(new CreateIndex("tasks", titleDone))).isEqualTo(
        new Change("tasks", null, "new unique index ux_tasks_title_done (title, done)"));
  }

  @Test
  void describesUniqueConstraints() {
    UniqueConstraint title = UniqueConstraint.named("uk_tasks_title").on("title").build();
    UniqueConstraint pair = UniqueConstraint.named("uk_tasks_pair").on("title", "done").build();

    assertThat(summary(new AddUniqueConstraint("tasks", title))).isEqualTo(
        new Change("tasks", "title", "new unique constraint uk_tasks_title (title)"));
    assertThat(summary(new DropUniqueConstraint("tasks", pair))).isEqualTo(
        new Change("tasks", null, "dropped unique constraint uk_tasks_pair (title, done)"));
  }

  @Test
  void describesForeignKeys() {
    assertThat(summary(new AddForeignKey("messages", CONVERSATION_KEY))).isEqualTo(
        new Change("messages", "conversation_id", "new foreign key fk_messages_conversation_id"
            + " (conversation_id) -> conversations (id)"));
    assertThat(summary(new DropForeignKey("messages", CONVERSATION_KEY)).text()).isEqualTo(
        "dropped foreign key fk_messages_conversation_id (conversation_id) -> conversations (id)");
    assertThat(summary(new AddForeignKey("lines", COMPOSITE_KEY))).isEqualTo(
        new Change("lines", null,
            "new foreign key fk_lines_order (order_id, shop_id) -> orders (id, shop_id)"));
  }

  @Test
  void keepsTheOrderOfTheOperations() {
    Table.Builder withPriority = conversations().column(Column.named("priority")
        .type(SqlType.INTEGER).nullable()).index(Index.named("ix_conversations_priority")
        .on("priority"));

    assertThat(ChangeSummary.of(SchemaDiffer.diff(schema(conversations()),
        schema(withPriority)))).extracting(Change::toString).containsExactly(
            "conversations.priority: new column priority INTEGER NULL",
            "conversations.priority: new index ix_conversations_priority (priority)");
  }

  @Test
  void namesNoColumnInTheTextFormWhenThereIsNone() {
    assertThat(new Change("tasks", null, "new table tasks")).hasToString("tasks: new table tasks");
  }
}
