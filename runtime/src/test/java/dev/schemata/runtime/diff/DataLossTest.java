package dev.schemata.runtime.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemata.runtime.diff.DataLoss.Kind;
import dev.schemata.runtime.diff.DataLoss.Loss;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.ops.AddColumn;
import dev.schemata.runtime.ops.AlterColumn;
import dev.schemata.runtime.ops.DropColumn;
import dev.schemata.runtime.ops.DropTable;
import dev.schemata.runtime.ops.RenameColumn;
import dev.schemata.runtime.ops.RenameTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataLossTest {
  private static final Column FLAG = Column.named("legacy_flag").type(SqlType.BOOLEAN).build();

  private static AlterColumn alter(SqlType from, SqlType to) {
    return new AlterColumn("tasks", Column.named("title").type(from).build(),
        Column.named("title").type(to).build());
  }

  @Test
  void droppedTablesAndColumnsAndNarrowedTypesLoseData() {
    Table notes = Table.named("notes").column(Column.named("id").type(SqlType.BIGINT)).build();

    assertThat(DataLoss.of(List.of(new DropTable(notes), new DropColumn("tasks", FLAG),
        alter(SqlType.varchar(200), SqlType.varchar(100))))).containsExactly(
            new Loss(Kind.DROPPED_TABLE, "notes", null, "every row of table notes"),
            new Loss(Kind.DROPPED_COLUMN, "tasks", "legacy_flag",
                "the values of column tasks.legacy_flag"),
            new Loss(Kind.NARROWED_TYPE, "tasks", "title", "values of column tasks.title that do"
                + " not fit VARCHAR(100) (now VARCHAR(200))"));
  }

  @Test
  void addingRenamingAndWideningLoseNothing() {
    assertThat(DataLoss.destroys(List.of(new AddColumn("tasks", FLAG),
        new RenameTable("tasks", "todos"), new RenameColumn("todos", "title", "subject"),
        alter(SqlType.varchar(100), SqlType.varchar(200)), alter(SqlType.INTEGER, SqlType.BIGINT),
        alter(SqlType.varchar(100), SqlType.CLOB),
        alter(SqlType.decimal(10, 2), SqlType.decimal(12, 2))))).isFalse();
  }

  @Test
  void narrowingAnyPartOfATypeLosesData() {
    assertThat(DataLoss.narrows(SqlType.BIGINT, SqlType.INTEGER)).isTrue();
    assertThat(DataLoss.narrows(SqlType.decimal(10, 2), SqlType.decimal(10, 1))).isTrue();
    assertThat(DataLoss.narrows(SqlType.decimal(10, 2), SqlType.decimal(11, 4))).isTrue();
    assertThat(DataLoss.narrows(SqlType.varchar(10), SqlType.INTEGER)).isTrue();
    assertThat(DataLoss.narrows(SqlType.CLOB, SqlType.varchar(4000))).isTrue();
  }

  @Test
  void anAcknowledgementNamesATableOrAColumn() {
    assertThat(new Loss(Kind.DROPPED_TABLE, "notes", null, "x").target()).isEqualTo("notes");
    assertThat(new Loss(Kind.DROPPED_COLUMN, "tasks", "legacy_flag", "x").target())
        .isEqualTo("tasks.legacy_flag");
  }

  private static AlterColumn constants(SqlType type, List<String> from, List<String> to) {
    return new AlterColumn("tasks", Column.named("status").type(type).nullable()
        .values(from.toArray(String[]::new)).build(), Column.named("status").type(type)
        .nullable().values(to.toArray(String[]::new)).build());
  }

  @Test
  void removingConstantsHeldByNameLosesThemInEitherDirection() {
    AlterColumn removeTwo = constants(SqlType.varchar(20), List.of("OPEN", "DONE", "ARCHIVED",
        "DRAFT"), List.of("DRAFT", "OPEN"));

    assertThat(DataLoss.of(List.of(removeTwo))).containsExactly(new Loss(Kind.REMOVED_CONSTANTS,
        "tasks", "status", "the enum constants DONE, ARCHIVED of column tasks.status (while a"
            + " row holds one of them, the migration fails and changes nothing)"));
    // The downgrade of a version that added a constant removes it: worded the same way.
    AlterColumn added = constants(SqlType.varchar(20), List.of("OPEN"), List.of("OPEN", "DONE"));
    assertThat(DataLoss.destroys(List.of(added))).isFalse();
    assertThat(DataLoss.of(List.of(added.inverse()))).extracting(Loss::text).containsExactly(
        "the enum constant DONE of column tasks.status (while a row holds it, the migration"
            + " fails and changes nothing)");
  }

  @Test
  void reorderingOrRemovingConstantsHeldByOrdinalShiftsWhatTheOrdinalsMean() {
    AlterColumn removeMiddle = constants(SqlType.TINYINT, List.of("LOW", "MEDIUM", "HIGH"),
        List.of("LOW", "HIGH"));

    assertThat(DataLoss.of(List.of(removeMiddle))).containsExactly(new Loss(
        Kind.SHIFTED_ORDINALS, "tasks", "status", "the meaning of the ordinals stored in column"
            + " tasks.status: 1 meant MEDIUM and now means HIGH; 2 meant HIGH and is out of"
            + " range (while a row holds it, the migration fails and changes nothing)"));
    AlterColumn swapped = constants(SqlType.TINYINT, List.of("A", "B", "C"),
        List.of("B", "A", "C"));
    assertThat(DataLoss.changedOrdinals(swapped.from(), swapped.to())).containsExactly(0, 1);
    AlterColumn appended = constants(SqlType.TINYINT, List.of("LOW", "HIGH"),
        List.of("LOW", "HIGH", "URGENT"));
    assertThat(DataLoss.destroys(List.of(appended))).isFalse();
    assertThat(DataLoss.of(List.of(appended.inverse()))).extracting(Loss::text).containsExactly(
        "the meaning of the ordinals stored in column tasks.status: 2 meant URGENT and is out"
            + " of range (while a row holds it, the migration fails and changes nothing)");
  }

  @Test
  void aColumnThatStartsOrStopsHoldingAnEnumLosesNoConstants() {
    AlterColumn restricted = constants(SqlType.varchar(20), List.of(), List.of("OPEN"));
    AlterColumn byOrdinal = new AlterColumn("tasks", Column.named("status")
        .type(SqlType.varchar(20)).values("OPEN", "DONE").build(), Column.named("status")
        .type(SqlType.INTEGER).values("OPEN").build());

    assertThat(DataLoss.of(List.of(restricted, restricted.inverse()))).isEmpty();
    // From names to ordinals the type narrows, which says it already.
    assertThat(DataLoss.of(List.of(byOrdinal))).extracting(Loss::kind)
        .containsExactly(Kind.NARROWED_TYPE);
  }
}
