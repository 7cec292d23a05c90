package dev.schemata.processor.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.ops.AddColumn;
import dev.schemata.runtime.ops.AddForeignKey;
import dev.schemata.runtime.ops.AlterColumn;
import dev.schemata.runtime.ops.CreateIndex;
import dev.schemata.runtime.ops.DropColumn;
import dev.schemata.runtime.ops.DropIndex;
import dev.schemata.runtime.ops.Operation;
import dev.schemata.runtime.ops.OperationText;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataPlacementTest {
  private static final Column CODE = Column.named("code").type(SqlType.varchar(10)).build();
  private static final Column WIDE = Column.named("note").type(SqlType.varchar(20)).nullable()
      .build();
  private static final Column WIDER = Column.named("note").type(SqlType.varchar(90)).nullable()
      .build();
  private static final Column OLD = Column.named("old").type(SqlType.INTEGER).nullable().build();
  private static final Column OWNER = Column.named("owner").type(SqlType.INTEGER).nullable()
      .build();
  private static final Column OWNER_REQUIRED = Column.named("owner").type(SqlType.INTEGER)
      .build();

  @Test
  void withoutStepsTheOperationsStayAsTheyAre() {
    List<Operation> operations = List.of(new DropColumn("t", OLD), new AddColumn("t", CODE));

    assertThat(DataPlacement.place(operations, List.of())).isSameAs(operations);
  }

  @Test
  void stepsComeAfterAddsAndWideningsAndBeforeDropsTighteningsAndNewDependents() {
    List<Operation> operations = List.of(
        new DropIndex("t", Index.named("ix_t_old").on("old").build()),
        new AddColumn("t", CODE),
        new AlterColumn("t", WIDE, WIDER),
        new AlterColumn("t", OWNER, OWNER_REQUIRED),
        new DropColumn("t", OLD),
        new CreateIndex("t", Index.named("ix_t_code").on("code").build()),
        new AddForeignKey("t", ForeignKey.named("fk_t_owner").columns("owner")
            .references("owners", "id").build()));

    assertThat(DataPlacement.place(operations, List.of("a.First", "a.Second")).stream()
        .map(OperationText::of)).containsExactly(
            "drop index ix_t_old on t (old)",
            "add column t.code VARCHAR(10) NULL",
            "alter column t.note VARCHAR(20) NULL to note VARCHAR(90) NULL",
            "data a.First",
            "data a.Second",
            "alter column t.code VARCHAR(10) NULL to code VARCHAR(10) NOT NULL",
            "alter column t.owner INTEGER NULL to owner INTEGER NOT NULL",
            "drop column t.old INTEGER NULL",
            "create index ix_t_code on t (code)",
            "add foreign key fk_t_owner on t (owner) references owners (id)");
  }

  @Test
  void aFilledTighteningWaitsForTheStepsWithTheAlterThatDropsItsFill() {
    Column filled = Column.named("owner").type(SqlType.INTEGER).defaultValue("0").build();
    List<Operation> operations = List.of(
        new AlterColumn("t", OWNER, filled),
        new AlterColumn("t", filled, OWNER_REQUIRED),
        new AlterColumn("t", WIDE, WIDER));

    assertThat(DataPlacement.place(operations, List.of("a.Step")).stream()
        .map(OperationText::of)).containsExactly(
            "alter column t.note VARCHAR(20) NULL to note VARCHAR(90) NULL",
            "data a.Step",
            "alter column t.owner INTEGER NULL to owner INTEGER NOT NULL DEFAULT 0",
            "alter column t.owner INTEGER NOT NULL DEFAULT 0 to owner INTEGER NOT NULL");
  }

  @Test
  void anEnumColumnAcceptsItsNewConstantsBeforeTheStepsAndLosesTheOldOnesAfter() {
    Column before = Column.named("state").type(SqlType.varchar(10)).values("OPEN", "DONE")
        .build();
    Column renamed = Column.named("state").type(SqlType.varchar(10)).values("OPEN", "CLOSED")
        .build();
    Column ordinal = Column.named("level").type(SqlType.TINYINT).values("LOW", "MID", "HIGH")
        .build();
    Column shifted = Column.named("level").type(SqlType.TINYINT).values("LOW", "HIGH").build();

    assertThat(DataPlacement.place(List.of(new AlterColumn("t", before, renamed),
        new AlterColumn("t", ordinal, shifted)), List.of("a.Step")).stream()
        .map(OperationText::of)).containsExactly(
            "alter column t.state VARCHAR(10) NOT NULL VALUES ('OPEN', 'DONE') to state"
                + " VARCHAR(10) NOT NULL VALUES ('OPEN', 'DONE', 'CLOSED')",
            "data a.Step",
            "alter column t.state VARCHAR(10) NOT NULL VALUES ('OPEN', 'DONE', 'CLOSED') to"
                + " state VARCHAR(10) NOT NULL VALUES ('OPEN', 'CLOSED')",
            "alter column t.level TINYINT NOT NULL VALUES ('LOW', 'MID', 'HIGH') to level"
                + " TINYINT NOT NULL VALUES ('LOW', 'HIGH')");
  }

  @Test
  void aColumnRestrictedToAnEnumIsRestrictedAfterTheSteps() {
    Column text = Column.named("state").type(SqlType.varchar(10)).nullable().build();
    Column restricted = Column.named("state").type(SqlType.varchar(10)).nullable()
        .values("OPEN", "DONE").build();
    Column role = Column.named("role").type(SqlType.varchar(10)).values("USER", "ADMIN")
        .build();

    assertThat(DataPlacement.place(List.of(new AlterColumn("t", text, restricted),
        new AddColumn("t", role)), List.of("a.Step")).stream().map(OperationText::of))
        .containsExactly(
            "add column t.role VARCHAR(10) NULL VALUES ('USER', 'ADMIN')",
            "data a.Step",
            "alter column t.state VARCHAR(10) NULL to state VARCHAR(10) NULL"
                + " VALUES ('OPEN', 'DONE')",
            "alter column t.role VARCHAR(10) NULL VALUES ('USER', 'ADMIN') to role VARCHAR(10)"
                + " NOT NULL VALUES ('USER', 'ADMIN')");
  }
}
