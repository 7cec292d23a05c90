package com.example.tasks.schemata;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Sequence;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.model.UniqueConstraint;
import dev.schemata.runtime.ops.Migration;
import dev.schemata.runtime.ops.SchemaChange;
import javax.annotation.processing.Generated;

/**
 * Version 1: Create tasks, conversations and messages (from the empty schema).
 *
 * <p>Its downgrade destroys data that upgrading again does not bring back: every row of
 * tables legacy_events, messages, tasks, conversations.
 */
@Generated("dev.schemata.processor.SchemataProcessor")
public final class V0001_CreateTasksConversationsAndMessages implements Migration {
  @Override
  public void upgrade(SchemaChange change) {
    change.createTable(Table.named("conversations")
        .column(Column.named("id").type(SqlType.BIGINT).identity())
        .column(Column.named("title").type(SqlType.varchar(200)))
        .column(Column.named("created_at").type(SqlType.timestamp(6)))
        .primaryKey("id"));
    change.createTable(Table.named("tasks")
        .column(Column.named("id").type(SqlType.BIGINT).identity())
        .column(Column.named("title").type(SqlType.varchar(500)))
        .column(Column.named("done").type(SqlType.BOOLEAN).defaultValue("FALSE"))
        .column(Column.named("owner_id").type(SqlType.BIGINT).nullable())
        .column(Column.named("code").type(SqlType.fixedChar(8)))
        .primaryKey("id")
        .unique(UniqueConstraint.named("uk_tasks_code").on("code")));
    change.createTable(Table.named("messages")
        .column(Column.named("id").type(SqlType.BIGINT).identity())
        .column(Column.named("conversation_id").type(SqlType.BIGINT))
        .column(Column.named("body").type(SqlType.CLOB).nullable())
        .column(Column.named("sent_at").type(SqlType.timestampWithTimeZone(3)))
        .primaryKey("id"));
    change.createTable(Table.named("legacy_events")
        .column(Column.named("id").type(SqlType.INTEGER))
        .column(Column.named("kind").type(SqlType.SMALLINT))
        .column(Column.named("level").type(SqlType.TINYINT))
        .column(Column.named("score").type(SqlType.REAL).nullable())
        .column(Column.named("ratio").type(SqlType.DOUBLE).nullable())
        .column(Column.named("amount").type(SqlType.decimal(19, 2)).defaultValue("0.00"))
        .column(Column.named("digest").type(SqlType.varbinary(32)).nullable())
        .column(Column.named("payload").type(SqlType.BLOB).nullable())
        .column(Column.named("day").type(SqlType.DATE))
        .column(Column.named("at").type(SqlType.time(0)).nullable())
        .column(Column.named("token").type(SqlType.UUID))
        .primaryKey("id")
        .unique(UniqueConstraint.named("uk_legacy_events_kind_level").on("kind", "level")));
    change.createIndex("tasks", Index.named("ix_tasks_title").on("title"));
    change.addForeignKey("messages", ForeignKey.named("fk_messages_conversation")
        .columns("conversation_id").references("conversations", "id"));
    change.createSequence(Sequence.named("conversations_seq").startWith(1).incrementBy(50));
    change.createSequence(Sequence.named("legacy_events_seq").startWith(1).incrementBy(1));
  }

  @Override
  public void downgrade(SchemaChange change) {
    change.dropSequence(Sequence.named("legacy_events_seq").startWith(1).incrementBy(1));
    change.dropSequence(Sequence.named("conversations_seq").startWith(1).incrementBy(50));
    change.dropForeignKey("messages", ForeignKey.named("fk_messages_conversation")
        .columns("conversation_id").references("conversations", "id"));
    change.dropIndex("tasks", Index.named("ix_tasks_title").on("title"));
    change.dropTable(Table.named("legacy_events")
        .column(Column.named("id").type(SqlType.INTEGER))
        .column(Column.named("kind").type(SqlType.SMALLINT))
        .column(Column.named("level").type(SqlType.TINYINT))
        .column(Column.named("score").type(SqlType.REAL).nullable())
        .column(Column.named("ratio").type(SqlType.DOUBLE).nullable())
        .column(Column.named("amount").type(SqlType.decimal(19, 2)).defaultValue("0.00"))
        .column(Column.named("digest").type(SqlType.varbinary(32)).nullable())
        .column(Column.named("payload").type(SqlType.BLOB).nullable())
        .column(Column.named("day").type(SqlType.DATE))
        .column(Column.named("at").type(SqlType.time(0)).nullable())
        .column(Column.named("token").type(SqlType.UUID))
        .primaryKey("id")
        .unique(UniqueConstraint.named("uk_legacy_events_kind_level").on("kind", "level")));
    change.dropTable(Table.named("messages")
        .column(Column.named("id").type(SqlType.BIGINT).identity())
        .column(Column.named("conversation_id").type(SqlType.BIGINT))
        .column(Column.named("body").type(SqlType.CLOB).nullable())
        .column(Column.named("sent_at").type(SqlType.timestampWithTimeZone(3)))
        .primaryKey("id"));
    change.dropTable(Table.named("tasks")
        .column(Column.named("id").type(SqlType.BIGINT).identity())
        .column(Column.named("title").type(SqlType.varchar(500)))
        .column(Column.named("done").type(SqlType.BOOLEAN).defaultValue("FALSE"))
        .column(Column.named("owner_id").type(SqlType.BIGINT).nullable())
        .column(Column.named("code").type(SqlType.fixedChar(8)))
        .primaryKey("id")
        .unique(UniqueConstraint.named("uk_tasks_code").on("code")));
    change.dropTable(Table.named("conversations")
        .column(Column.named("id").type(SqlType.BIGINT).identity())
        .column(Column.named("title").type(SqlType.varchar(200)))
        .column(Column.named("created_at").type(SqlType.timestamp(6)))
        .primaryKey("id"));
  }
}
