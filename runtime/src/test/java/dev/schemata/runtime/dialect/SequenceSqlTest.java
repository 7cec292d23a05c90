package dev.schemata.runtime.dialect;

import static dev.schemata.runtime.model.Schema.EMPTY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemata.runtime.model.Sequence;
import dev.schemata.runtime.ops.AlterSequence;
import dev.schemata.runtime.ops.CreateSequence;
import dev.schemata.runtime.ops.DropSequence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sequence operations as SQL on each engine, without a database. */
class SequenceSqlTest {
  private static final Sequence IDS = Sequence.named("Task_SEQ").startWith(1).incrementBy(50)
      .build();

  @Test
  void createsAndDropsSequencesInTheStandardSyntaxWhereTheEngineHasThem() {
    for (Dialect dialect : List.of(Dialect.H2, Dialect.POSTGRESQL, Dialect.MARIADB)) {
      assertThat(dialect.hasSequences()).as(dialect.name()).isTrue();
      assertThat(dialect.render(new CreateSequence(IDS), EMPTY)).as(dialect.name())
          .containsExactly("create sequence Task_SEQ start with 1 increment by 50");
      assertThat(dialect.render(new DropSequence(IDS), EMPTY)).as(dialect.name())
          .containsExactly("drop sequence Task_SEQ");
    }
  }

  @Test
  void quotesSequenceNamesAsOtherNames() {
    Sequence user = Sequence.named("user").startWith(-5).incrementBy(-1).build();

    assertThat(Dialect.POSTGRESQL.render(new CreateSequence(user), EMPTY))
        .containsExactly("create sequence \"user\" start with -5 increment by -1");
    assertThat(Dialect.MARIADB.render(new DropSequence(Sequence.named("order").build()), EMPTY))
        .containsExactly("drop sequence `order`");
  }

  @Test
  void altersOnlyWhatChangesAndKeepsTheCurrentValue() {
    Sequence wider = Sequence.named("Task_SEQ").startWith(1).incrementBy(100).build();
    Sequence moved = Sequence.named("Task_SEQ").startWith(1000).incrementBy(100).build();

    assertThat(Dialect.H2.render(new AlterSequence(IDS, wider), EMPTY))
        .containsExactly("alter sequence Task_SEQ increment by 100");
    assertThat(Dialect.POSTGRESQL.render(new AlterSequence(IDS, moved), EMPTY)).containsExactly(
        "alter sequence Task_SEQ increment by 100", "alter sequence Task_SEQ start with 1000");
    assertThat(Dialect.MARIADB.render(new AlterSequence(wider, moved), EMPTY))
        .containsExactly("alter sequence Task_SEQ start with 1000");
  }

  @Test
  void refusesSequencesOnMySqlAndSaysWhatToUseInstead() {
    assertThat(Dialect.MYSQL.hasSequences()).isFalse();
    for (var operation : List.of(new CreateSequence(IDS), new DropSequence(IDS),
        new AlterSequence(IDS, Sequence.named("Task_SEQ").incrementBy(1).build()))) {
      assertThatThrownBy(() -> Dialect.MYSQL.render(operation, EMPTY))
          .isInstanceOf(UnsupportedOperationException.class)
          .hasMessageStartingWith("MySQL has no sequences, so \"")
          .hasMessageContaining("sequence Task_SEQ start 1 increment 50")
          .hasMessageEndingWith("map generated ids with @GeneratedValue(strategy = IDENTITY)"
              + " or TABLE instead of SEQUENCE or AUTO");
    }
  }
}
