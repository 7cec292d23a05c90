package dev.schemata.runtime.testing;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Sequence;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.model.UniqueConstraint;
import dev.schemata.runtime.ops.Checksum;
import dev.schemata.runtime.ops.Migration;
import dev.schemata.runtime.ops.MigrationIndex;
import dev.schemata.runtime.ops.SchemaChange;
import dev.schemata.runtime.ops.VersionedMigration;
import java.util.ArrayList;
import java.util.List;

/** A small shop schema in three versions that between them use every operation. */
public final class Shop {
  private Shop() {}

  /** Customers and orders, with a unique constraint, an index and a foreign key. */
  public static final class V1 implements Migration {
    @Override
    public void upgrade(SchemaChange change) {
      change.createTable(customers());
      change.createTable(orders());
      change.createIndex("orders", Index.named("ix_orders_customer").on("customer_id"));
      change.addForeignKey("orders", ForeignKey.named("fk_orders_customer")
          .columns("customer_id").references("customers", "id"));
    }

    @Override
    public void downgrade(SchemaChange change) {
      change.dropForeignKey("orders", ForeignKey.named("fk_orders_customer")
          .columns("customer_id").references("customers", "id"));
      change.dropIndex("orders", Index.named("ix_orders_customer").on("customer_id"));
      change.dropTable(orders());
      change.dropTable(customers());
    }

    private static Table.Builder customers() {
      return Table.named("customers")
          .column(Column.named("id").type(SqlType.BIGINT).identity())
          .column(Column.named("email").type(SqlType.varchar(200)))
          .column(Column.named("name").type(SqlType.varchar(100)).nullable())
          .primaryKey("id")
          .unique(UniqueConstraint.named("uk_customers_email").on("email"));
    }

    private static Table.Builder orders() {
      return Table.named("orders")
          .column(Column.named("id").type(SqlType.BIGINT).identity())
          .column(Column.named("customer_id").type(SqlType.BIGINT))
          .column(Column.named("total").type(SqlType.decimal(12, 2)).defaultValue("0"))
          .column(Column.named("status").type(SqlType.varchar(20)).defaultValue("'open'"))
          .column(Column.named("created_at").type(SqlType.timestamp(6)).nullable())
          .primaryKey("id");
    }
  }

  /** Changes to existing tables, and a table with every other column type. */
  public static final class V2 extends Reversible {
    @Override
    public void upgrade(SchemaChange change) {
      change.addColumn("orders", Column.named("note").type(SqlType.CLOB).nullable());
      change.alterColumn("customers",
          Column.named("name").type(SqlType.varchar(100)).nullable(),
          Column.named("name").type(SqlType.varchar(200)).defaultValue("'anonymous'"));
      change.renameColumn("orders", "total", "amount");
      change.addUniqueConstraint("orders",
          UniqueConstraint.named("uk_orders_customer_created").on("customer_id", "created_at"));
      change.createIndex("customers", Index.named("ix_customers_name").on("name").unique());
      change.createTable(Table.named("audit")
          .column(Column.named("id").type(SqlType.INTEGER))
          .column(Column.named("at").type(SqlType.time(3)))
          .column(Column.named("plain_time").type(SqlType.time(0)).nullable())
          .column(Column.named("payload").type(SqlType.varbinary(64)).nullable())
          .column(Column.named("flag").type(SqlType.BOOLEAN).defaultValue("TRUE"))
          .column(Column.named("small").type(SqlType.SMALLINT).nullable())
          .column(Column.named("tiny").type(SqlType.TINYINT).nullable())
          .column(Column.named("ratio").type(SqlType.REAL).nullable())
          .column(Column.named("score").type(SqlType.DOUBLE).nullable())
          .column(Column.named("code").type(SqlType.fixedChar(2)).nullable())
          .column(Column.named("content").type(SqlType.BLOB).nullable())
          .column(Column.named("token").type(SqlType.UUID).nullable())
          .column(Column.named("seen_at").type(SqlType.timestampWithTimeZone(6)).nullable())
          .column(Column.named("day").type(SqlType.DATE).nullable())
          .primaryKey("id"));
      change.renameTable("orders", "purchases");
    }
  }

  /** Names that H2 reserves or that need quotes, identity and type changes, and sequences. */
  public static final class V3 extends Reversible {
    @Override
    public void upgrade(SchemaChange change) {
      change.createTable(Table.named("order")
          .column(Column.named("from").type(SqlType.varchar(10)))
          .column(Column.named("Mixed Case").type(SqlType.INTEGER).nullable())
          .column(Column.named("quote\"d").type(SqlType.INTEGER).nullable())
          .primaryKey("from"));
      change.createIndex("order", Index.named("select").on("Mixed Case", "quote\"d"));
      change.addForeignKey("purchases", ForeignKey.named("fk_purchases_status")
          .columns("status").references("order", "from"));
      change.dropForeignKey("purchases", ForeignKey.named("fk_purchases_status")
          .columns("status").references("order", "from"));
      change.alterColumn("audit", Column.named("id").type(SqlType.INTEGER),
          Column.named("id").type(SqlType.BIGINT).identity());
      change.alterColumn("customers", Column.named("email").type(SqlType.varchar(200)),
          Column.named("email").type(SqlType.varchar(250)).nullable().defaultValue("''"));
      change.dropColumn("purchases", Column.named("note").type(SqlType.CLOB).nullable());
      change.dropIndex("customers", Index.named("ix_customers_name").on("name").unique());
      change.dropUniqueConstraint("purchases",
          UniqueConstraint.named("uk_orders_customer_created").on("customer_id", "created_at"));
      change.createSequence(Sequence.named("purchase_numbers").startWith(1).incrementBy(50));
      change.alterSequence(Sequence.named("purchase_numbers").startWith(1).incrementBy(50),
          Sequence.named("purchase_numbers").startWith(1000).incrementBy(20));
      change.createSequence(Sequence.named("user").startWith(7).incrementBy(1));
    }
  }

  /** The index of the first {@code head} versions. */
  public static MigrationIndex upTo(int head) {
    List<VersionedMigration> all = List.of(
        versioned(1, "create customers and orders", new V1()),
        versioned(2, "audit and order changes", new V2()),
        versioned(3, "quoted names", new V3()));
    return () -> new ArrayList<>(all.subList(0, head));
  }

  /** An index of the given migrations, each with the checksum the processor would record. */
  public static MigrationIndex of(VersionedMigration... migrations) {
    return () -> List.of(migrations);
  }

  /** An index of the migrations as versions 1, 2, … described {@code v1}, {@code v2}, …. */
  public static MigrationIndex numbered(List<? extends Migration> migrations) {
    List<VersionedMigration> all = new ArrayList<>();
    for (int i = 0; i < migrations.size(); i++) {
      all.add(versioned(i + 1, "v" + (i + 1), migrations.get(i)));
    }
    return () -> all;
  }

  /** A versioned migration with its correct checksum. */
  public static VersionedMigration versioned(int version, String description,
      Migration migration) {
    SchemaChange change = new SchemaChange();
    migration.upgrade(change);
    return new VersionedMigration(version, description, Checksum.of(change.operations()),
        migration);
  }
}
