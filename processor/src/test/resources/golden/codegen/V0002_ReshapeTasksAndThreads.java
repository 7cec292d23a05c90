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
 * Version 2: Reshape tasks and threads (from version 1).
 *
 * <p>Its downgrade destroys data that upgrading again does not bring back: every row of
 * table tags; the values of column tasks.priority; values that do not fit the narrower type
 * of tasks.name.
 */
@Generated("dev.schemata.processor.SchemataProcessor")
public final class V0002_ReshapeTasksAndThreads implements Migration {
  @Override
  public void upgrade(SchemaChange change) {
    change.addColumn("tasks", Column.named("priority").type(SqlType.INTEGER).nullable()
        .defaultValue("0"));
    change.createIndex("tasks", Index.named("ix_tasks_priority").on("priority").unique());
    change.renameColumn("tasks", "title", "name");
    change.alterColumn("tasks", Column.named("name").type(SqlType.varchar(500)),
        Column.named("name").type(SqlType.varchar(1000)).nullable());
    change.dropIndex("tasks", Index.named("ix_tasks_title").on("name"));
    change.addUniqueConstraint("tasks", UniqueConstraint.named("uk_tasks_name_owner")
        .on("name", "owner_id"));
    change.dropUniqueConstraint("tasks", UniqueConstraint.named("uk_tasks_code").on("code"));
    change.dropColumn("tasks", Column.named("code").type(SqlType.fixedChar(8)));
    change.dropForeignKey("messages", ForeignKey.named("fk_messages_conversation")
        .columns("conversation_id").references("conversations", "id"));
    change.renameTable("conversations", "threads");
    change.addForeignKey("messages", ForeignKey.named("fk_messages_thread")
        .columns("conversation_id").references("threads", "id"));
    change.alterSequence(Sequence.named("conversations_seq").startWith(1).incrementBy(50),
        Sequence.named("conversations_seq").startWith(1).incrementBy(100));
    change.createSequence(Sequence.named("tags_seq").startWith(5000000000L).incrementBy(1));
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
    change.createTable(Table.named("tags")
        .column(Column.named("id").type(SqlType.UUID))
        .column(Column.named("label").type(SqlType.varchar(50)))
        .primaryKey("id"));
    change.dropSequence(Sequence.named("legacy_events_seq").startWith(1).incrementBy(1));
  }

  @Override
  public void downgrade(SchemaChange change) {
    change.createSequence(Sequence.named("legacy_events_seq").startWith(1).incrementBy(1));
    change.dropTable(Table.named("tags")
        .column(Column.named("id").type(SqlType.UUID))
        .column(Column.named("label").type(SqlType.varchar(50)))
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
    change.dropSequence(Sequence.named("tags_seq").startWith(5000000000L).incrementBy(1));
    change.alterSequence(Sequence.named("conversations_seq").startWith(1).incrementBy(100),
        Sequence.named("conversations_seq").startWith(1).incrementBy(50));
    change.dropForeignKey("messages", ForeignKey.named("fk_messages_thread")
        .columns("conversation_id").references("threads", "id"));
    change.renameTable("threads", "conversations");
    change.addForeignKey("messages", ForeignKey.named("fk_messages_conversation")
        .columns("conversation_id").references("conversations", "id"));
    change.addColumn("tasks", Column.named("code").type(SqlType.fixedChar(8)));
    change.addUniqueConstraint("tasks", UniqueConstraint.named("uk_tasks_code").on("code"));
    change.dropUniqueConstraint("tasks", UniqueConstraint.named("uk_tasks_name_owner")
        .on("name", "owner_id"));
    change.createIndex("tasks", Index.named("ix_tasks_title").on("name"));
    change.alterColumn("tasks", Column.named("name").type(SqlType.varchar(1000)).nullable(),
        Column.named("name").type(SqlType.varchar(500)));
    change.renameColumn("tasks", "name", "title");
    change.dropIndex("tasks", Index.named("ix_tasks_priority").on("priority").unique());
    change.dropColumn("tasks", Column.named("priority").type(SqlType.INTEGER).nullable()
        .defaultValue("0"));
  }
}
