package com.example.tasks.schemata;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.ops.Migration;
import dev.schemata.runtime.ops.SchemaChange;
import javax.annotation.processing.Generated;

/**
 * Version 5: Thread states as a type (from version 4).
 *
 * <p>Its downgrade destroys data that upgrading again does not bring back: every row of
 * table thread_events; the enum constants removed from column threads.status.
 */
@Generated("dev.schemata.processor.SchemataProcessor")
public final class V0005_ThreadStatesAsAType implements Migration {
  @Override
  public void upgrade(SchemaChange change) {
    change.alterColumn("threads", Column.named("status").type(SqlType.varchar(16))
        .values("OPEN", "CLOSED", "ARCHIVED"), Column.named("status").type(SqlType.varchar(16))
        .values("OPEN", "CLOSED", "ARCHIVED").enumType("ThreadState"));
    change.createTable(Table.named("thread_events")
        .column(Column.named("id").type(SqlType.BIGINT))
        .column(Column.named("state").type(SqlType.varchar(16)).nullable()
            .values("OPEN", "CLOSED", "ARCHIVED").enumType("ThreadState"))
        .primaryKey("id"));
    change.alterColumn("threads", Column.named("status").type(SqlType.varchar(16))
        .values("OPEN", "CLOSED", "ARCHIVED").enumType("ThreadState"), Column.named("status")
        .type(SqlType.varchar(16)).values("OPEN", "CLOSED", "ARCHIVED", "MUTED")
        .enumType("ThreadState"));
  }

  @Override
  public void downgrade(SchemaChange change) {
    change.alterColumn("threads", Column.named("status").type(SqlType.varchar(16))
        .values("OPEN", "CLOSED", "ARCHIVED", "MUTED").enumType("ThreadState"),
        Column.named("status").type(SqlType.varchar(16)).values("OPEN", "CLOSED", "ARCHIVED")
        .enumType("ThreadState"));
    change.dropTable(Table.named("thread_events")
        .column(Column.named("id").type(SqlType.BIGINT))
        .column(Column.named("state").type(SqlType.varchar(16)).nullable()
            .values("OPEN", "CLOSED", "ARCHIVED").enumType("ThreadState"))
        .primaryKey("id"));
    change.alterColumn("threads", Column.named("status").type(SqlType.varchar(16))
        .values("OPEN", "CLOSED", "ARCHIVED").enumType("ThreadState"), Column.named("status")
        .type(SqlType.varchar(16)).values("OPEN", "CLOSED", "ARCHIVED"));
  }
}
