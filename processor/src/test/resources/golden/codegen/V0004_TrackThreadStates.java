package com.example.tasks.schemata;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.ops.Migration;
import dev.schemata.runtime.ops.SchemaChange;
import javax.annotation.processing.Generated;

/**
 * Version 4: Track thread states (from version 3).
 *
 * <p>Its downgrade destroys data that upgrading again does not bring back: the values of
 * columns threads.channel, threads.status; the enum constants removed from column
 * threads.status.
 */
@Generated("dev.schemata.processor.SchemataProcessor")
public final class V0004_TrackThreadStates implements Migration {
  @Override
  public void upgrade(SchemaChange change) {
    change.addColumn("threads", Column.named("status").type(SqlType.varchar(16))
        .values("OPEN", "CLOSED"));
    change.addColumn("threads", Column.named("channel").type(SqlType.TINYINT).nullable()
        .values("WEB", "MAIL"));
    change.alterColumn("threads", Column.named("status").type(SqlType.varchar(16))
        .values("OPEN", "CLOSED"), Column.named("status").type(SqlType.varchar(16))
        .values("OPEN", "CLOSED", "ARCHIVED"));
  }

  @Override
  public void downgrade(SchemaChange change) {
    change.alterColumn("threads", Column.named("status").type(SqlType.varchar(16))
        .values("OPEN", "CLOSED", "ARCHIVED"), Column.named("status").type(SqlType.varchar(16))
        .values("OPEN", "CLOSED"));
    change.dropColumn("threads", Column.named("channel").type(SqlType.TINYINT).nullable()
        .values("WEB", "MAIL"));
    change.dropColumn("threads", Column.named("status").type(SqlType.varchar(16))
        .values("OPEN", "CLOSED"));
  }
}
