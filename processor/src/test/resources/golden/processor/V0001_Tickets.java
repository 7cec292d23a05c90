package desk;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.ops.Migration;
import dev.schemata.runtime.ops.SchemaChange;
import javax.annotation.processing.Generated;

/**
 * Version 1: tickets (from the empty schema).
 *
 * <p>Its downgrade destroys data that upgrading again does not bring back: every row of
 * table tickets.
 */
@Generated("dev.schemata.processor.SchemataProcessor")
public final class V0001_Tickets implements Migration {
  @Override
  public void upgrade(SchemaChange change) {
    change.createTable(Table.named("tickets")
        .column(Column.named("id").type(SqlType.BIGINT))
        .column(Column.named("status").type(SqlType.varchar(16)).values("OPEN", "WAITING", "CLOSED")
            .enumType("Status"))
        .primaryKey("id"));
  }

  @Override
  public void downgrade(SchemaChange change) {
    change.dropTable(Table.named("tickets")
        .column(Column.named("id").type(SqlType.BIGINT))
        .column(Column.named("status").type(SqlType.varchar(16)).values("OPEN", "WAITING", "CLOSED")
            .enumType("Status"))
        .primaryKey("id"));
  }
}
