package dev.schemata.runtime.dialect;

import static dev.schemata.runtime.model.Schema.EMPTY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.model.UniqueConstraint;
import dev.schemata.runtime.ops.AddForeignKey;
import dev.schemata.runtime.ops.AlterColumn;
import dev.schemata.runtime.ops.CreateTable;
import dev.schemata.runtime.ops.DropForeignKey;
import dev.schemata.runtime.ops.DropIndex;
import dev.schemata.runtime.ops.DropUniqueConstraint;
import dev.schemata.runtime.ops.RenameColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

class MySqlDialectTest {
  private static final Dialect MYSQL = Dialect.MYSQL;
  private static final ForeignKey SHOP =
      ForeignKey.named("fk_items_shop").columns("shop_id").references("shops", "id").build();

  @Test
  void describesItself() {
    assertThat(MYSQL.name()).isEqualTo("MySQL");
    assertThat(MYSQL.hasTransactionalDdl()).isFalse();
    assertThat(MYSQL.maxIdentifierLength()).isEqualTo(64);
    assertThat(Dialect.MARIADB.name()).isEqualTo("MariaDB");
    assertThat(Dialect.named(" MariaDB ")).isSameAs(Dialect.MARIADB);
    assertThat(Dialect.all()).containsExactly(Dialect.H2, Dialect.POSTGRESQL, Dialect.MYSQL,
        Dialect.MARIADB);
    assertThatThrownBy(() -> Dialect.named("oracle"))
        .hasMessage("no dialect is named 'oracle'; known: H2, PostgreSQL, MySQL, MariaDB");
  }

  @Test
  void spellsTypesAsHibernateDoesOnMySql() {
    Table all = Table.named("all_types")
        .column(Column.named("id").type(SqlType.BIGINT).identity())
        .column(Column.named("flag").type(SqlType.BOOLEAN).defaultValue("TRUE"))
        .column(Column.named("ratio").type(SqlType.REAL))
        .column(Column.named("amount").type(SqlType.decimal(38, 2)))
        .column(Column.named("note").type(SqlType.CLOB).nullable())
        .column(Column.named("content").type(SqlType.BLOB).nullable())
        .column(Column.named("at").type(SqlType.time(3)))
        .column(Column.named("local").type(SqlType.timestamp(6)))
        .column(Column.named("instant").type(SqlType.timestampWithTimeZone(6)).nullable())
        .column(Column.named("token").type(SqlType.UUID))
        .primaryKey("id")
        .build();
    assertThat(MYSQL.render(new CreateTable(all), EMPTY)).containsExactly("create table all_types ("
        + "id bigint auto_increment not null, flag bit default TRUE not null,"
        + " ratio float not null, amount decimal(38,2) not null, note longtext,"
        + " content longblob, at time(3) not null, local datetime(6) not null,"
        + " instant timestamp(6) null, token binary(16) not null, primary key (id))");
    assertThat(Dialect.MARIADB.typeName(SqlType.UUID)).isEqualTo("uuid");
  }

  @Test
  void quotesWithBackticks() {
    assertThat(MYSQL.quote("order")).isEqualTo("`order`");
    assertThat(MYSQL.quote("key")).isEqualTo("`key`");
    assertThat(MYSQL.quote("tasks")).isEqualTo("tasks");
    assertThat(MYSQL.quote("back`tick")).isEqualTo("`back``tick`");
  }

  @Test
  void redefinesTheWholeColumnSoNothingIsLost() {
    Column from = Column.named("id").type(SqlType.INTEGER).identity().build();
    Column to = Column.named("id").type(SqlType.BIGINT).identity().build();
    assertThat(MYSQL.render(new AlterColumn("items", from, to), EMPTY))
        .containsExactly("alter table items modify column id bigint auto_increment not null");
    Column before = Column.named("qty").type(SqlType.INTEGER).defaultValue("1").build();
    Column after = Column.named("qty").type(SqlType.BIGINT).defaultValue("1").build();
    assertThat(MYSQL.render(new AlterColumn("items", before, after), EMPTY))
        .containsExactly("alter table items modify column qty bigint default 1 not null");
  }

  @Test
  void dropsIndexesConstraintsAndKeysInMySqlSyntax() {
    assertThat(MYSQL.render(new DropIndex("items",
        Index.named("ix_items_code").on("code").build()), EMPTY))
        .containsExactly("drop index ix_items_code on items");
    assertThat(MYSQL.render(new DropUniqueConstraint("items",
        UniqueConstraint.named("uk_items_code").on("code").build()), EMPTY))
        .containsExactly("alter table items drop index uk_items_code");
    Schema items = Schema.of(List.of(Table.named("items")
        .column(Column.named("code").type(SqlType.varchar(10))).build()));
    assertThat(MYSQL.render(new RenameColumn("items", "code", "sku"), items))
        .containsExactly("alter table items rename column code to sku");
  }

  @Test
  void aForeignKeyBringsItsOwnIndexAndTakesItAlong() {
    assertThat(MYSQL.render(new AddForeignKey("items", SHOP), EMPTY)).containsExactly(
        "alter table items add index fk_items_shop (shop_id), add constraint fk_items_shop"
            + " foreign key (shop_id) references shops (id)");
    assertThat(MYSQL.render(new DropForeignKey("items", SHOP), EMPTY)).containsExactly(
        "alter table items drop foreign key fk_items_shop, drop index fk_items_shop");
  }
}
