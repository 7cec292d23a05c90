package shop;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.ops.Migration;
import dev.schemata.runtime.ops.SchemaChange;
import javax.annotation.processing.Generated;

/**
 * Version 2: add order note (from version 1).
 *
 * <p>Its downgrade destroys data that upgrading again does not bring back: the values of
 * column orders.note.
 */
@Generated("dev.schemata.processor.SchemataProcessor")
public final class V0002_AddOrderNote implements Migration {
  @Override
  public void upgrade(SchemaChange change) {
    change.addColumn("orders", Column.named("note").type(SqlType.varchar(300)).nullable());
  }

  @Override
  public void downgrade(SchemaChange change) {
    change.dropColumn("orders", Column.named("note").type(SqlType.varchar(300)).nullable());
  }
}
