package dev.schemata.runtime.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.ops.AddColumn;
import dev.schemata.runtime.ops.AlterColumn;
import dev.schemata.runtime.ops.CreateTable;
import dev.schemata.runtime.ops.DropColumn;
import dev.schemata.runtime.ops.DropTable;
import dev.schemata.runtime.ops.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL enum types as SQL, each operation against the schema it applies to; the other
 * engines ignore the type.
 */
class EnumTypeSqlTest {
  private static Column.Builder state(String... constants) {
    return Column.named("state").type(SqlType.varchar(16)).values(constants)
        .enumType("TaskState");
  }

  private static Table tasks(Column.Builder state) {
    return Table.named("tasks").column(Column.named("id").type(SqlType.BIGINT))
        .column(state).primaryKey("id").build();
  }

  private static final Table TASKS = tasks(state("OPEN", "DONE"));
  private static final Schema WITH_TASKS = Schema.of(List.of(TASKS));

  private static List<String> postgres(Operation operation, Schema before) {
    return Dialect.POSTGRESQL.render(operation, before);
  }

  @Test
  void createsTheTypeSortedBeforeItsFirstColumnAndNamesItAsTheColumnType() {
    assertThat(postgres(new CreateTable(TASKS), Schema.EMPTY)).containsExactly(
        "create type TaskState as enum ('DONE','OPEN')",
        "create table tasks (id bigint not null, state TaskState not null, primary key (id))");
    Column review = state("DONE", "OPEN").nullable().build().renamed("review");
    assertThat(postgres(new AddColumn("tasks", review), WITH_TASKS)).containsExactly(
        "alter table tasks add column review TaskState");
  }

  @Test
  void otherEnginesIgnoreTheType() {
    Table plain = tasks(state("OPEN", "DONE").enumType(null));
    for (Dialect dialect : List.of(Dialect.H2, Dialect.MYSQL, Dialect.MARIADB)) {
      assertThat(dialect.render(new CreateTable(TASKS), Schema.EMPTY))
          .isEqualTo(dialect.render(new CreateTable(plain), Schema.EMPTY));
      assertThat(dialect.render(new AlterColumn("tasks", TASKS.columns().get(1),
          state("OPEN", "DONE", "LATE").build()), WITH_TASKS)).isEqualTo(dialect.render(
              new AlterColumn("tasks", plain.columns().get(1),
                  state("OPEN", "DONE", "LATE").enumType(null).build()),
              Schema.of(List.of(plain))));
    }
  }

  @Test
  void addsConstantsWhereTheyGoInTheSortedType() {
    AlterColumn grow = new AlterColumn("tasks", state("OPEN", "DONE").build(),
        state("OPEN", "DONE", "LATE", "ARCHIVED", "WAITING").build());
    assertThat(postgres(grow, WITH_TASKS)).containsExactly(
        "alter type TaskState add value 'ARCHIVED' before 'DONE'",
        "alter type TaskState add value 'LATE' after 'DONE'",
        "alter type TaskState add value 'WAITING' after 'OPEN'");
  }

  @Test
  void reorderingTheConstantsChangesNothing() {
    assertThat(postgres(new AlterColumn("tasks", state("OPEN", "DONE").build(),
        state("DONE", "OPEN").build()), WITH_TASKS)).isEmpty();
  }

  @Test
  void removingAConstantRecreatesTheTypeAndConvertsEveryColumnOfIt() {
    Table log = Table.named("log").column(Column.named("id").type(SqlType.BIGINT))
        .column(state("OPEN", "DONE").defaultValue("'OPEN'")).primaryKey("id").build();
    Schema before = Schema.of(List.of(TASKS, log));

    AlterColumn shrink = new AlterColumn("tasks", state("OPEN", "DONE").build(),
        state("OPEN").build());
    assertThat(postgres(shrink, before)).containsExactly(
        "alter type TaskState rename to TaskState_old",
        "create type TaskState as enum ('OPEN')",
        "alter table log alter column state drop default",
        "alter table log alter column state type TaskState using state::text::TaskState",
        "alter table log alter column state set default 'OPEN'",
        "alter table tasks alter column state type TaskState using state::text::TaskState",
        "drop type TaskState_old");

    // The log's column, altered next in the same version, finds the type changed already.
    AlterColumn shrinkLog = new AlterColumn("log", log.columns().get(1),
        state("OPEN").defaultValue("'OPEN'").build());
    assertThat(Dialect.POSTGRESQL.renderVersion(List.of(shrink, shrinkLog), before).get(1))
        .isEmpty();
  }

  @Test
  void aDefaultNamingANewConstantRecreatesInsteadOfAddingAValue() {
    AlterColumn grow = new AlterColumn("tasks", state("OPEN", "DONE").build(),
        state("OPEN", "DONE", "LATE").defaultValue("'LATE'").build());
    assertThat(postgres(grow, WITH_TASKS)).containsExactly(
        "alter type TaskState rename to TaskState_old",
        "create type TaskState as enum ('DONE','LATE','OPEN')",
        "alter table tasks alter column state type TaskState using state::text::TaskState",
        "drop type TaskState_old",
        "alter table tasks alter column state set default 'LATE'");
  }

  @Test
  void aDefaultNamingARemovedConstantIsNotSetAgainButReplaced() {
    Table doneByDefault = tasks(state("OPEN", "DONE").defaultValue("'DONE'"));
    AlterColumn shrink = new AlterColumn("tasks", doneByDefault.columns().get(1),
        state("OPEN").defaultValue("'OPEN'").build());
    assertThat(postgres(shrink, Schema.of(List.of(doneByDefault)))).containsExactly(
        "alter type TaskState rename to TaskState_old",
        "create type TaskState as enum ('OPEN')",
        "alter table tasks alter column state drop default",
        "alter table tasks alter column state type TaskState using state::text::TaskState",
        "drop type TaskState_old",
        "alter table tasks alter column state set default 'OPEN'");
  }

  @Test
  void theNameOfTheReplacedTypeFitsTheEngine() {
    String longest = "t".repeat(Dialect.POSTGRESQL.maxIdentifierLength());
    Table table = Table.named("tasks").column(Column.named("id").type(SqlType.BIGINT))
        .column(state("OPEN", "DONE").enumType(longest)).primaryKey("id").build();
    AlterColumn shrink = new AlterColumn("tasks", table.columns().get(1),
        state("OPEN").enumType(longest).build());
    assertThat(postgres(shrink, Schema.of(List.of(table)))).first().isEqualTo(
        "alter type " + longest + " rename to " + "t".repeat(59) + "_old");
  }

  @Test
  void dropsTheTypeAfterItsLastColumn() {
    Table log = Table.named("log").column(Column.named("id").type(SqlType.BIGINT))
        .column(state("OPEN", "DONE")).primaryKey("id").build();
    Schema both = Schema.of(List.of(TASKS, log));
    assertThat(postgres(new DropTable(log), both)).containsExactly("drop table log");
    assertThat(postgres(new DropTable(TASKS), WITH_TASKS)).containsExactly("drop table tasks",
        "drop type TaskState");
    assertThat(postgres(new DropColumn("tasks", TASKS.columns().get(1)), WITH_TASKS))
        .containsExactly("alter table tasks drop column state", "drop type TaskState");
  }

  @Test
  void switchesBetweenCheckConstraintAndType() {
    Column checked = state("OPEN", "DONE").enumType(null).defaultValue("'OPEN'").build();
    Column typed = state("OPEN", "DONE").defaultValue("'OPEN'").build();
    Schema checkedSchema = Schema.of(List.of(tasks(state("OPEN", "DONE").enumType(null)
        .defaultValue("'OPEN'"))));
    Schema typedSchema = Schema.of(List.of(tasks(state("OPEN", "DONE")
        .defaultValue("'OPEN'"))));

    assertThat(postgres(new AlterColumn("tasks", checked, typed), checkedSchema))
        .containsExactly(
            "create type TaskState as enum ('DONE','OPEN')",
            "alter table tasks drop constraint if exists tasks_state_check",
            "alter table tasks alter column state drop default",
            "alter table tasks alter column state type TaskState using state::text::TaskState",
            "alter table tasks alter column state set default 'OPEN'");
    assertThat(postgres(new AlterColumn("tasks", typed, checked), typedSchema))
        .containsExactly(
            "alter table tasks alter column state drop default",
            "alter table tasks alter column state type varchar(16) using state::varchar(16)",
            "alter table tasks alter column state set default 'OPEN'",
            "alter table tasks add constraint tasks_state_check check (state in ('OPEN','DONE'))",
            "drop type TaskState");
  }
}
