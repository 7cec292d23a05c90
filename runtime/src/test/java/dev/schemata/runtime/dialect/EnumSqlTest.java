package dev.schemata.runtime.dialect;

import static dev.schemata.runtime.model.Schema.EMPTY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.ops.AddColumn;
import dev.schemata.runtime.ops.AlterColumn;
import dev.schemata.runtime.ops.CreateTable;
import dev.schemata.runtime.ops.DropColumn;
import org.junit.jupiter.api.Test;

/** Enum columns as SQL on each engine, as Hibernate ORM 7 writes them, without a database. */
class EnumSqlTest {
  private static final Column ROLE = Column.named("role").type(SqlType.varchar(20))
      .values("USER", "ASSISTANT", "SYSTEM").build();
  private static final Column KIND = Column.named("kind").type(SqlType.TINYINT).nullable()
      .values("MOBILE", "HOME", "WORK").build();
  private static final CreateTable MESSAGES = new CreateTable(Table.named("messages")
      .column(Column.named("id").type(SqlType.BIGINT)).column(Column.named("role")
          .type(SqlType.varchar(20)).values("USER", "ASSISTANT", "SYSTEM"))
      .column(Column.named("kind").type(SqlType.TINYINT).nullable()
          .values("MOBILE", "HOME", "WORK"))
      .primaryKey("id").build());

  @Test
  void createsNamesAsANativeSortedEnumOnH2AndMySqlAndOrdinalsWithARangeCheck() {
    assertThat(Dialect.H2.render(MESSAGES, EMPTY)).containsExactly("create table messages ("
        + "id bigint not null, role enum ('ASSISTANT','SYSTEM','USER') not null, kind tinyint,"
        + " primary key (id),"
        + " constraint messages_kind_check check (kind between 0 and 2))");
    assertThat(Dialect.MARIADB.render(MESSAGES, EMPTY)).containsExactly("create table messages ("
        + "id bigint not null, role enum ('ASSISTANT','SYSTEM','USER') not null, kind tinyint,"
        + " primary key (id),"
        + " constraint messages_kind_check check (kind between 0 and 2))");
  }

  @Test
  void createsNamesOnPostgresAsVarcharCheckedInDeclarationOrder() {
    assertThat(Dialect.POSTGRESQL.render(MESSAGES, EMPTY)).containsExactly("create table messages ("
        + "id bigint not null, role varchar(20) not null, kind smallint, primary key (id),"
        + " constraint messages_role_check check (role in ('USER','ASSISTANT','SYSTEM')),"
        + " constraint messages_kind_check check (kind between 0 and 2))");
  }

  @Test
  void addsTheCheckAfterTheColumnAndDropsItBefore() {
    assertThat(Dialect.POSTGRESQL.render(new AddColumn("messages", ROLE), EMPTY)).containsExactly(
        "alter table messages add column role varchar(20) not null",
        "alter table messages add constraint messages_role_check"
            + " check (role in ('USER','ASSISTANT','SYSTEM'))");
    assertThat(Dialect.H2.render(new AddColumn("messages", ROLE), EMPTY)).containsExactly(
        "alter table messages add column role enum ('ASSISTANT','SYSTEM','USER') not null");
    assertThat(Dialect.MYSQL.render(new DropColumn("messages", KIND), EMPTY)).containsExactly(
        "alter table messages drop check messages_kind_check",
        "alter table messages drop column kind");
    assertThat(Dialect.MARIADB.render(new DropColumn("messages", KIND), EMPTY)).containsExactly(
        "alter table messages drop constraint if exists messages_kind_check",
        "alter table messages drop column kind");
    assertThat(Dialect.H2.render(new DropColumn("messages", ROLE), EMPTY))
        .containsExactly("alter table messages drop column role");
  }

  @Test
  void changingTheConstantsRedefinesTheTypeOrReplacesTheCheck() {
    Column fewer = Column.named("role").type(SqlType.varchar(20)).values("USER", "SYSTEM")
        .build();
    AlterColumn alter = new AlterColumn("messages", ROLE, fewer);

    assertThat(Dialect.H2.render(alter, EMPTY)).containsExactly(
        "alter table messages alter column role set data type enum ('SYSTEM','USER')");
    assertThat(Dialect.MYSQL.render(alter, EMPTY)).containsExactly(
        "alter table messages modify column role enum ('SYSTEM','USER') not null");
    assertThat(Dialect.POSTGRESQL.render(alter, EMPTY)).containsExactly(
        "alter table messages drop constraint if exists messages_role_check",
        "alter table messages add constraint messages_role_check"
            + " check (role in ('USER','SYSTEM'))");
  }

  @Test
  void aReorderChangesOnlyWhatTheEngineKeepsInOrder() {
    Column reordered = Column.named("role").type(SqlType.varchar(20))
        .values("SYSTEM", "USER", "ASSISTANT").build();
    AlterColumn alter = new AlterColumn("messages", ROLE, reordered);

    assertThat(Dialect.H2.render(alter, EMPTY)).isEmpty();
    assertThat(Dialect.POSTGRESQL.render(alter, EMPTY)).hasSize(2);
  }

  @Test
  void changingTheOrdinalCountReplacesTheRangeCheck() {
    Column more = Column.named("kind").type(SqlType.TINYINT).nullable()
        .values("MOBILE", "HOME", "WORK", "OTHER").build();
    AlterColumn alter = new AlterColumn("customer_phones", KIND, more);

    assertThat(Dialect.H2.render(alter, EMPTY)).containsExactly(
        "alter table customer_phones drop constraint if exists customer_phones_kind_check",
        "alter table customer_phones add constraint customer_phones_kind_check"
            + " check (kind between 0 and 3)");
    assertThat(Dialect.MYSQL.render(alter, EMPTY)).containsExactly("alter table customer_phones"
        + " drop check customer_phones_kind_check, modify column kind tinyint,"
        + " add constraint customer_phones_kind_check check (kind between 0 and 3)");
    Column renamedConstant = Column.named("kind").type(SqlType.TINYINT).nullable()
        .values("MOBILE", "HOME", "OFFICE").build();
    assertThat(Dialect.POSTGRESQL.render(new AlterColumn("customer_phones", KIND,
        renamedConstant), EMPTY)).isEmpty();
  }

  @Test
  void checkNamesFitTheEnginesLongestIdentifier() {
    String table = "t".repeat(60);
    assertThat(Dialect.POSTGRESQL.enums().name(table, "kind")).hasSize(63);
    assertThat(Dialect.MYSQL.enums().name(table, "kind")).hasSize(64)
        .isEqualTo(table + "_kin");
  }

  @Test
  void quotesConstantsAsStringLiterals() {
    Column quoted = Column.named("mood").type(SqlType.varchar(10)).values("O'K").build();
    assertThat(Dialect.H2.columnTypeName(quoted)).isEqualTo("enum ('O''K')");
    assertThat(Dialect.H2.columnTypeName(KIND)).isEqualTo("tinyint");
  }
}
