package shop;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.ops.Migration;
import dev.schemata.runtime.ops.SchemaChange;
import javax.annotation.processing.Generated;

/**
 * Version 1: initial shop (from the empty schema).
 *
 * <p>Its downgrade destroys data that upgrading again does not bring back: every row of
 * tables orders, customers.
 */
@Generated("dev.schemata.processor.SchemataProcessor")
public final class V0001_InitialShop implements Migration {
  @Override
  public void upgrade(SchemaChange change) {
    change.createTable(Table.named("customers")
        .column(Column.named("id").type(SqlType.BIGINT).identity())
        .column(Column.named("name").type(SqlType.varchar(100)))
        .primaryKey("id"));
    change.createTable(Table.named("orders")
        .column(Column.named("id").type(SqlType.BIGINT).identity())
        .column(Column.named("customer_id").type(SqlType.BIGINT))
        .column(Column.named("quantity").type(SqlType.INTEGER))
        .primaryKey("id"));
    change.createIndex("orders", Index.named("ix_orders_customer").on("customer_id"));
    change.addForeignKey("orders", ForeignKey.named("fk_orders_customer_id").columns("customer_id")
        .references("customers", "id"));
  }

  @Override
  public void downgrade(SchemaChange change) {
    change.dropForeignKey("orders", ForeignKey.named("fk_orders_customer_id").columns("customer_id")
        .references("customers", "id"));
    change.dropIndex("orders", Index.named("ix_orders_customer").on("customer_id"));
    change.dropTable(Table.named("orders")
        .column(Column.named("id").type(SqlType.BIGINT).identity())
        .column(Column.named("customer_id").type(SqlType.BIGINT))
        .column(Column.named("quantity").type(SqlType.INTEGER))
        .primaryKey("id"));
    change.dropTable(Table.named("customers")
        .column(Column.named("id").type(SqlType.BIGINT).identity())
        .column(Column.named("name").type(SqlType.varchar(100)))
        .primaryKey("id"));
  }
}
