package dev.schemata.runtime.diff;

import static dev.schemata.runtime.diff.Shop.conversationKey;
import static dev.schemata.runtime.diff.Shop.conversations;
import static dev.schemata.runtime.diff.Shop.messages;
import static dev.schemata.runtime.diff.Shop.schema;
import static dev.schemata.runtime.diff.Shop.tasks;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Sequence;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.model.UniqueConstraint;
import dev.schemata.runtime.ops.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The laws every diff obeys: its operations apply and reach the target, their inverses in reverse
 * order come back, and a schema does not differ from itself.
 */
class DiffLawTest {

  static Stream<Arguments> pairs() {
    return Stream.of(
        Arguments.of("empty to shop", Schema.EMPTY, shop()),
        Arguments.of("shop to empty", shop(), Schema.EMPTY),
        Arguments.of("empty to empty", Schema.EMPTY, Schema.EMPTY),
        Arguments.of("new column with index and unique", shop(), schema(conversations(),
            messages(), tasks()
                .column(Column.named("priority").type(SqlType.INTEGER).nullable())
                .index(Index.named("ix_tasks_priority").on("priority", "done"))
                .unique(UniqueConstraint.named("uk_tasks_title").on("title")))),
        Arguments.of("key types widen", shop(), schema(wideConversations(), wideMessages(),
            tasks())),
        Arguments.of("referenced table dropped", shop(), schema(tasks(), Table.named("messages")
            .column(Column.named("id").type(SqlType.BIGINT))
            .column(Column.named("body").type(SqlType.CLOB).nullable())
            .primaryKey("id"))),
        Arguments.of("columns with keys dropped", richTasks(), schema(conversations(), tasks())),
        Arguments.of("columns with keys added", schema(conversations(), tasks()), richTasks()),
        Arguments.of("column order only", shop(), schema(conversations(), messages(),
            Table.named("tasks")
                .column(Column.named("done").type(SqlType.BOOLEAN).defaultValue("FALSE"))
                .column(Column.named("id").type(SqlType.BIGINT))
                .column(Column.named("title").type(SqlType.varchar(200)))
                .primaryKey("id"))),
        Arguments.of("disjoint schemas", shop(), schema(categories(SqlType.INTEGER))),
        Arguments.of("self reference widens", schema(categories(SqlType.INTEGER)),
            schema(categories(SqlType.BIGINT))),
        Arguments.of("new table references kept and kept references new", shop(),
            schema(conversations().column(Column.named("owner_id").type(SqlType.BIGINT)
                    .nullable()).foreignKey(ForeignKey.named("fk_conversations_owner_id")
                    .columns("owner_id").references("owners", "id")),
                messages(), tasks(), Table.named("owners")
                    .column(Column.named("id").type(SqlType.BIGINT))
                    .column(Column.named("conversation_id").type(SqlType.BIGINT))
                    .primaryKey("id")
                    .foreignKey(ForeignKey.named("fk_owners_conversation_id")
                        .columns("conversation_id").references("conversations", "id")))),
        Arguments.of("sequences created, altered and dropped", withSequences(shop(),
            Sequence.named("tasks_seq").startWith(1).incrementBy(50),
            Sequence.named("old_seq").startWith(5).incrementBy(1)),
            withSequences(schema(conversations(), tasks()),
                Sequence.named("tasks_seq").startWith(1).incrementBy(10),
                Sequence.named("new_seq").startWith(1).incrementBy(50))),
        Arguments.of("every attribute changes", shop(), schema(conversations(), messages(),
            Table.named("tasks")
                .column(Column.named("id").type(SqlType.BIGINT).identity())
                .column(Column.named("title").type(SqlType.CLOB).nullable())
                .column(Column.named("done").type(SqlType.BOOLEAN))
                .primaryKey("id"))));
  }

  private static Schema withSequences(Schema schema, Sequence.Builder... sequences) {
    Schema with = schema;
    for (Sequence.Builder sequence : sequences) {
      with = with.with(sequence.build());
    }
    return with;
  }

  private static Schema shop() {
    return schema(conversations(), messages(), tasks());
  }

  private static Table.Builder wideConversations() {
    return Table.named("conversations")
        .column(Column.named("id").type(SqlType.decimal(30, 0)))
        .column(Column.named("title").type(SqlType.varchar(200)))
        .primaryKey("id");
  }

  private static Table.Builder wideMessages() {
    return Table.named("messages")
        .column(Column.named("id").type(SqlType.BIGINT))
        .column(Column.named("conversation_id").type(SqlType.decimal(30, 0)))
        .column(Column.named("body").type(SqlType.CLOB).nullable())
        .primaryKey("id")
        .index(Index.named("ix_messages_conversation_id").on("conversation_id", "id"))
        .foreignKey(conversationKey());
  }

  private static Schema richTasks() {
    return schema(conversations(), tasks()
        .column(Column.named("conversation_id").type(SqlType.BIGINT))
        .column(Column.named("code").type(SqlType.fixedChar(4)))
        .index(Index.named("ix_tasks_conversation_id").on("conversation_id"))
        .unique(UniqueConstraint.named("uk_tasks_code").on("code"))
        .foreignKey(ForeignKey.named("fk_tasks_conversation_id").columns("conversation_id")
            .references("conversations", "id")));
  }

  private static Table.Builder categories(SqlType keyType) {
    return Table.named("categories")
        .column(Column.named("id").type(keyType))
        .column(Column.named("parent_id").type(keyType).nullable())
        .primaryKey("id")
        .index(Index.named("ix_categories_parent_id").on("parent_id"))
        .foreignKey(ForeignKey.named("fk_categories_parent_id").columns("parent_id")
            .references("categories", "id"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void theOperationsReachTheTarget(String name, Schema from, Schema to) {
    Schema reached = apply(SchemaDiffer.diff(from, to), from);

    assertThat(SchemaDiffer.diff(reached, to)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void theInversesInReverseOrderComeBack(String name, Schema from, Schema to) {
    List<Operation> upgrade = SchemaDiffer.diff(from, to);
    Schema reached = apply(upgrade, from);

    List<Operation> downgrade = new ArrayList<>();
    upgrade.forEach(op -> downgrade.add(0, op.inverse()));
    Schema back = apply(downgrade, reached);

    assertThat(SchemaDiffer.diff(from, back)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void aSchemaDoesNotDifferFromItself(String name, Schema from, Schema to) {
    assertThat(SchemaDiffer.diff(from, from)).isEmpty();
    assertThat(SchemaDiffer.diff(to, to)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void theSameSchemasGiveTheSameOperations(String name, Schema from, Schema to) {
    assertThat(SchemaDiffer.diff(from, to)).isEqualTo(SchemaDiffer.diff(from, to));
  }

  private static Schema apply(List<Operation> operations, Schema schema) {
    Schema result = schema;
    for (Operation operation : operations) {
      result = operation.applyTo(result);
    }
    return result;
  }
}
