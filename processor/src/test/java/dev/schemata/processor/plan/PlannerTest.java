package dev.schemata.processor.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemata.processor.diagnostic.Message;
import dev.schemata.processor.store.History;
import dev.schemata.processor.store.VersionFile;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Sequence;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.ops.AddColumn;
import dev.schemata.runtime.ops.CreateIndex;
import dev.schemata.runtime.ops.CreateTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlannerTest {
  private static final Table TASKS = Table.named("tasks")
      .column(Column.named("id").type(SqlType.BIGINT).identity())
      .primaryKey("id").build();
  private static final Column PRIORITY =
      Column.named("priority").type(SqlType.INTEGER).nullable().build();
  private static final History ONE_VERSION = new History(List.of(
      new VersionFile(1, "initial schema", 0, List.of(new CreateTable(TASKS)))));

  private static Schema withPriority() {
    return Schema.of(List.of(TASKS.withColumn(PRIORITY)
        .withIndex(new Index("ix_tasks_priority", List.of("priority"), false))));
  }

  @Test
  void theFirstBuildWritesVersionOneFromNothing() {
    Plan plan = Planner.plan(new DeclaredVersion(1, ""), History.EMPTY,
        Schema.of(List.of(TASKS)));

    assertThat(plan.problems()).isEmpty();
    assertThat(plan.newVersion()).contains(
        new VersionFile(1, "initial schema", 0, List.of(new CreateTable(TASKS))));
    assertThat(plan.versions()).containsExactly(plan.newVersion().get());
  }

  @Test
  void unchangedEntitiesAtTheHeadPlanNothing() {
    Plan plan = Planner.plan(new DeclaredVersion(1, "x"), ONE_VERSION, Schema.of(List.of(TASKS)));

    assertThat(plan.problems()).isEmpty();
    assertThat(plan.newVersion()).isEmpty();
    assertThat(plan.versions()).isEqualTo(ONE_VERSION.versions());
  }

  @Test
  void aRaisedVersionRecordsTheChangesWithTheHeadAsParent() {
    Plan plan = Planner.plan(new DeclaredVersion(2, " add priority "), ONE_VERSION,
        withPriority());

    assertThat(plan.newVersion()).contains(new VersionFile(2, "add priority", 1, List.of(
        new AddColumn("tasks", PRIORITY),
        new CreateIndex("tasks", new Index("ix_tasks_priority", List.of("priority"), false)))));
    assertThat(plan.versions()).hasSize(2);
  }

  @Test
  void aVersionWithoutDescriptionIsNamedAfterItsFirstChange() {
    Plan plan = Planner.plan(new DeclaredVersion(2, ""), ONE_VERSION, withPriority());

    assertThat(plan.newVersion().get().description()).isEqualTo("add tasks priority");
  }

  @Test
  void aNewTableWithItsSequenceIsNamedAfterTheTable() {
    Table labels = Table.named("labels").column(Column.named("id").type(SqlType.BIGINT))
        .primaryKey("id").build();
    Schema entities = Schema.of(List.of(TASKS, labels),
        List.of(Sequence.named("labels_SEQ").startWith(1).incrementBy(50).build()));
    Schema sequenceOnly = Schema.of(List.of(TASKS),
        List.of(Sequence.named("labels_SEQ").startWith(1).incrementBy(50).build()));

    assertThat(Planner.plan(new DeclaredVersion(2, ""), ONE_VERSION, entities).newVersion()
        .get().description()).isEqualTo("create labels");
    assertThat(Planner.plan(new DeclaredVersion(2, ""), ONE_VERSION, sequenceOnly).newVersion()
        .get().description()).isEqualTo("create sequence labels_SEQ");
  }

  @Test
  void changesWithoutARaisedVersionAreReportedPerColumn() {
    Plan plan = Planner.plan(new DeclaredVersion(1, ""), ONE_VERSION, withPriority());

    assertThat(plan.newVersion()).isEmpty();
    assertThat(plan.problems()).hasSize(1);
    PlanProblem problem = plan.problems().get(0);
    assertThat(problem.subject()).isEqualTo(new Subject("tasks", "priority"));
    assertThat(problem.problem().message()).isEqualTo(Message.PENDING_CHANGES);
    assertThat(problem.problem().text()).contains("tasks: new column priority INTEGER NULL;"
        + " tasks: new index ix_tasks_priority (priority). Raise @SchemaVersion to 2");
  }

  @Test
  void aDroppedTableIsReportedOnTheDeclaration() {
    Plan plan = Planner.plan(new DeclaredVersion(1, ""), ONE_VERSION, Schema.EMPTY);

    assertThat(plan.problems()).extracting(PlanProblem::subject)
        .containsExactly(new Subject("tasks", null));
  }

  @Test
  void aVersionBelowTheHeadIsRefused() {
    Plan plan = Planner.plan(new DeclaredVersion(1, ""), new History(List.of(
        ONE_VERSION.versions().get(0),
        new VersionFile(2, "add priority", 1, List.of(new AddColumn("tasks", PRIORITY))))),
        withPriority());

    assertThat(plan.problems()).extracting(p -> p.problem().message(), PlanProblem::subject)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Message.VERSION_BELOW_HEAD,
            Subject.DECLARATION));
  }

  @Test
  void aRaisedVersionWithoutChangesOnlyWarns() {
    Plan plan = Planner.plan(new DeclaredVersion(3, ""), ONE_VERSION, Schema.of(List.of(TASKS)));

    assertThat(plan.newVersion()).isEmpty();
    assertThat(plan.problems()).extracting(p -> p.problem().message())
        .containsExactly(Message.EMPTY_VERSION);
  }
}
