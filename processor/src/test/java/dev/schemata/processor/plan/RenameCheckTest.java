package dev.schemata.processor.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemata.processor.diagnostic.Message;
import dev.schemata.processor.store.History;
import dev.schemata.processor.store.VersionFile;
import dev.schemata.runtime.diff.DiffHints;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.ops.AddColumn;
import dev.schemata.runtime.ops.AlterColumn;
import dev.schemata.runtime.ops.CreateTable;
import dev.schemata.runtime.ops.RenameColumn;
import dev.schemata.runtime.ops.RenameTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenameCheckTest {
  private static final Table CONVERSATIONS = Table.named("Conversation")
      .column(Column.named("id").type(SqlType.BIGINT))
      .column(Column.named("title").type(SqlType.varchar(255)).nullable())
      .primaryKey("id").build();
  private static final Table TAGS = Table.named("Conversation_tags")
      .column(Column.named("Conversation_id").type(SqlType.BIGINT))
      .column(Column.named("tags").type(SqlType.varchar(255)).nullable())
      .build();
  private static final History HEAD = new History(List.of(new VersionFile(1, "initial", 0,
      List.of(new CreateTable(CONVERSATIONS), new CreateTable(TAGS)))));

  private static DeclaredRename entity() {
    return new DeclaredRename("@RenamedFrom(\"Conversation\") on entity Thread", DiffHints.NONE
        .withRenamedTable("Conversation", "Thread")
        .withRenamedTable("Conversation_tags", "Thread_tags")
        .withRenamedColumn("Thread_tags", "Conversation_id", "Thread_id"));
  }

  private static DeclaredRename attribute(String table, String from, String to) {
    return new DeclaredRename("@RenamedFrom(\"" + from + "\") on attribute X." + to,
        DiffHints.NONE.withRenamedColumn(table, from, to));
  }

  @Test
  void aRenameFromANameTheHeadHasActs() {
    RenameCheck.Selection selection = RenameCheck.select(HEAD, List.of(entity(),
        attribute("Conversation", "title", "subject")));

    assertThat(selection.active()).containsExactly(0, 1);
    assertThat(selection.problems()).isEmpty();
  }

  @Test
  void anAttributeOfARenamedEntityIsCheckedThroughTheTableRename() {
    RenameCheck.Selection selection = RenameCheck.select(HEAD, List.of(entity(),
        attribute("Thread", "title", "subject")));

    assertThat(selection.active()).containsExactly(0, 1);
  }

  @Test
  void aRenameWhoseNewNameTheHeadHasIsLeftOverAndIgnored() {
    History renamed = new History(List.of(HEAD.versions().get(0), new VersionFile(2, "rename",
        1, List.of(new RenameColumn("Conversation", "title", "subject")))));

    RenameCheck.Selection selection = RenameCheck.select(renamed,
        List.of(attribute("Conversation", "title", "subject")));

    assertThat(selection.active()).isEmpty();
    assertThat(selection.problems()).isEmpty();
  }

  @Test
  void aRenameWhoseOldNameTheHeadLacksIsAProblem() {
    RenameCheck.Selection selection = RenameCheck.select(HEAD,
        List.of(attribute("Conversation", "titel", "subject")));

    assertThat(selection.active()).isEmpty();
    assertThat(selection.problems()).containsOnlyKeys(0);
    assertThat(selection.problems().get(0).message()).isEqualTo(Message.RENAME_SOURCE_MISSING);
    assertThat(selection.problems().get(0).text()).isEqualTo("[SCH314] @RenamedFrom(\"titel\")"
        + " on attribute X.subject: version 1 has no column Conversation.titel to rename to"
        + " subject; write the name as it was in version 1, or remove @RenamedFrom");
  }

  @Test
  void aPinnedRenameAndAFirstVersionDoNothing() {
    DeclaredRename pinned = new DeclaredRename("@RenamedFrom(\"title\") on attribute X.subject",
        DiffHints.NONE);

    assertThat(RenameCheck.select(HEAD, List.of(pinned)))
        .isEqualTo(new RenameCheck.Selection(List.of(), java.util.Map.of()));
    assertThat(RenameCheck.select(History.EMPTY, List.of(entity())).active()).isEmpty();
  }

  @Test
  void onlyRenamesThatApplyToTheHeadReachTheDiffer() {
    DiffHints combined = entity().renames().withRenamedTable("Gone", "Here")
        .withRenamedColumn("Thread", "missing", "found");

    assertThat(RenameCheck.applicable(HEAD.headSchema(), combined))
        .isEqualTo(entity().renames());
  }

  @Test
  void thePlannerRenamesAndFillsWithTheHints() {
    Column position = Column.named("position").type(SqlType.INTEGER).build();
    Column filled = Column.named("position").type(SqlType.INTEGER).defaultValue("0").build();
    Schema entities = Schema.of(List.of(CONVERSATIONS.renamed("Thread").withColumn(position),
        TAGS));
    DiffHints hints = DiffHints.NONE.withRenamedTable("Conversation", "Thread")
        .withFill("Thread", "position", "0");

    Plan plan = Planner.plan(new DeclaredVersion(2, "threads"), HEAD, entities, hints, false);

    assertThat(plan.problems()).isEmpty();
    assertThat(plan.newVersion().orElseThrow().operations()).containsExactly(
        new RenameTable("Conversation", "Thread"),
        new AddColumn("Thread", filled),
        new AlterColumn("Thread", filled, position));
  }

  @Test
  void thePlannerReportsANewNotNullColumnWithoutFillOnTheColumn() {
    Column code = Column.named("code").type(SqlType.varchar(10)).build();
    Schema entities = Schema.of(List.of(CONVERSATIONS.withColumn(code), TAGS));

    Plan plan = Planner.plan(new DeclaredVersion(2, "codes"), HEAD, entities, DiffHints.NONE,
        false);

    assertThat(plan.problems()).extracting(PlanProblem::subject)
        .containsExactly(new Subject("Conversation", "code"));
    assertThat(plan.problems().get(0).problem().message()).isEqualTo(Message.MISSING_FILL);
  }

  @Test
  void anAcknowledgedLossIsNotReportedAndAnotherIsAnErrorWhenLossIsAnError() {
    Schema entities = Schema.of(List.of(CONVERSATIONS.withoutColumn("title")));

    Plan plan = Planner.plan(new DeclaredVersion(2, "x", List.of("Conversation.title")), HEAD,
        entities, DiffHints.NONE, true);

    assertThat(plan.problems()).extracting(p -> p.problem().message())
        .containsExactly(Message.DATA_LOSS_NOT_ACKNOWLEDGED);
    assertThat(plan.problems().get(0).subject()).isEqualTo(new Subject("Conversation_tags",
        null));
  }
}
