package dev.schemata.runtime.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TableTest {

  private static Table.Builder tasks() {
    return Table.named("tasks")
        .column(Column.named("id").type(SqlType.BIGINT))
        .column(Column.named("title").type(SqlType.varchar(200)))
        .primaryKey("id");
  }

  @Test
  void buildsColumnsNotNullUnlessToldOtherwise() {
    Table table = tasks().column(Column.named("note").type(SqlType.CLOB).nullable()).build();

    assertThat(table.column("title")).contains(
        new Column("title", SqlType.varchar(200), false, null, false));
    assertThat(table.column("note").orElseThrow().nullable()).isTrue();
    assertThat(table.column("missing")).isEmpty();
  }

  @Test
  void keepsKeyedObjectsInNameOrderSoThatEqualTablesAreEqual() {
    Table one = tasks().index(Index.named("ix_b").on("title")).index(Index.named("ix_a").on("id"))
        .build();
    Table other = tasks().index(Index.named("ix_a").on("id")).index(Index.named("ix_b")
        .on("title")).build();

    assertThat(one).isEqualTo(other);
    assertThat(one.indexes()).extracting(Index::name).containsExactly("ix_a", "ix_b");
  }

  @Test
  void rejectsAPrimaryKeyOnAnUnknownColumn() {
    assertThatThrownBy(() -> tasks().primaryKey("code").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("primary key of table tasks names column code, which the table does not have");
  }

  @Test
  void rejectsAnIndexOnAnUnknownColumn() {
    assertThatThrownBy(() -> tasks().index(Index.named("ix_tasks_done").on("done")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("index ix_tasks_done of table tasks names column done,"
            + " which the table does not have");
  }

  @Test
  void rejectsAUniqueConstraintOnAnUnknownColumn() {
    assertThatThrownBy(() -> tasks().unique(UniqueConstraint.named("uk_code").on("code")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unique constraint uk_code of table tasks names column code");
  }

  @Test
  void rejectsAForeignKeyFromAnUnknownColumn() {
    assertThatThrownBy(() -> tasks().foreignKey(ForeignKey.named("fk_owner")
            .columns("owner_id").references("users", "id")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("foreign key fk_owner of table tasks names column owner_id");
  }

  @Test
  void rejectsDuplicateNames() {
    assertThatThrownBy(() -> tasks().column(Column.named("title").type(SqlType.CLOB)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("table tasks has two of column title");
    assertThatThrownBy(() -> tasks().index(Index.named("ix").on("id"))
            .index(Index.named("ix").on("title")).build())
        .hasMessage("table tasks has two of index ix");
    assertThatThrownBy(() -> tasks().unique(UniqueConstraint.named("uk").on("id"))
            .unique(UniqueConstraint.named("uk").on("title")).build())
        .hasMessage("table tasks has two of unique constraint uk");
    assertThatThrownBy(() -> tasks().foreignKey(ForeignKey.named("fk").columns("id")
            .references("a", "id")).foreignKey(ForeignKey.named("fk").columns("title")
            .references("b", "id")).build())
        .hasMessage("table tasks has two of foreign key fk");
  }

  @Test
  void rejectsTwoTablesOfOneName() {
    assertThatThrownBy(() -> Schema.of(List.of(tasks().build(), tasks().build())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two tables are named tasks");
  }

  @Test
  void keepsSequencesByNameThroughTableChanges() {
    Sequence b = Sequence.named("b_seq").startWith(1).incrementBy(50).build();
    Sequence a = Sequence.named("a_seq").build();
    Schema schema = Schema.of(List.of(tasks().build()), List.of(b, a));

    assertThat(schema.sequences().keySet()).containsExactly("a_seq", "b_seq");
    assertThat(a).isEqualTo(new Sequence("a_seq", 1, 1));
    assertThat(schema.without("tasks").with(tasks().build()).mapTables(t -> t))
        .isEqualTo(schema);
    assertThat(schema.withoutSequence("a_seq").sequence("a_seq")).isEmpty();
    assertThat(schema.sequence("b_seq")).contains(b);
    assertThat(new Schema(schema.tables())).isNotEqualTo(schema);
  }

  @Test
  void rejectsBrokenSequences() {
    assertThatThrownBy(() -> Sequence.named("s").incrementBy(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sequence s has an increment of 0");
    assertThatThrownBy(() -> Schema.of(List.of(), List.of(Sequence.named("s").build(),
        Sequence.named("s").build())))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("two sequences are named s");
    TreeMap<String, Sequence> sequences = new TreeMap<>();
    sequences.put("t", Sequence.named("s").build());
    assertThatThrownBy(() -> new Schema(new TreeMap<>(), sequences))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("sequence s is filed as t");
  }

  @Test
  void rejectsATableFiledUnderAnotherName() {
    TreeMap<String, Table> tables = new TreeMap<>();
    tables.put("todo", tasks().build());
    assertThatThrownBy(() -> new Schema(tables))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("table tasks is filed as todo");
  }

  @Test
  void rejectsColumnListsThatAreEmptyOrRepeatAColumn() {
    assertThatThrownBy(() -> Index.named("ix").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("index ix names no column");
    assertThatThrownBy(() -> Index.named("ix").on("a", "a").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("index ix names a column twice: [a, a]");
    assertThatThrownBy(() -> UniqueConstraint.named("uk").on().build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ForeignKey.named("fk").columns("a").references("t").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("foreign key fk names no column");
  }

  @Test
  void rejectsAForeignKeyWhoseColumnCountsDiffer() {
    assertThatThrownBy(() -> ForeignKey.named("fk").columns("a", "b").references("t", "id")
            .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("foreign key fk has 2 columns but references 1");
  }

  @Test
  void rejectsBlankOrPaddedNames() {
    assertThatThrownBy(() -> Table.named(" ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("table name is empty");
    assertThatThrownBy(() -> Column.named("a ").type(SqlType.INTEGER).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column name 'a ' has a NUL character or surrounding white space");
    assertThatThrownBy(() -> Column.named("a\0b").type(SqlType.INTEGER).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Index.named(null).on("a").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("index name is empty");
  }

  @Test
  void rejectsAColumnWithoutType() {
    assertThatThrownBy(() -> Column.named("a").build())
        .isInstanceOf(NullPointerException.class).hasMessage("type of column a");
  }

  @Test
  void renamesAColumnEverywhereTheTableNamesIt() {
    Table table = tasks()
        .index(Index.named("ix_title").on("title"))
        .unique(UniqueConstraint.named("uk_title").on("title", "id"))
        .foreignKey(ForeignKey.named("fk_title").columns("title").references("titles", "title"))
        .build();

    Table renamed = table.withColumnReplaced("title",
        table.column("title").orElseThrow().renamed("name"));

    assertThat(renamed.columns()).extracting(Column::name).containsExactly("id", "name");
    assertThat(renamed.index("ix_title").orElseThrow().columns()).containsExactly("name");
    assertThat(renamed.uniqueConstraint("uk_title").orElseThrow().columns())
        .containsExactly("name", "id");
    assertThat(renamed.foreignKey("fk_title").orElseThrow())
        .isEqualTo(new ForeignKey("fk_title", List.of("name"), "titles", List.of("title")));
  }

  @Test
  void refusesToDropAColumnThatAnIndexNeeds() {
    Table table = tasks().index(Index.named("ix_title").on("title")).build();

    assertThatThrownBy(() -> table.withoutColumn("title"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index ix_title of table tasks names column title");
  }
}
