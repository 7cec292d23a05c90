package dev.schemata.runtime.diff;

import static org.assertj.core.api.Assertions.assertThat;

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
            new Loss("notes", null, "every row of table notes"),
            new Loss("tasks", "legacy_flag", "the values of column tasks.legacy_flag"),
            new Loss("tasks", "title", "values of column tasks.title that do not fit"
                + " VARCHAR(100) (now VARCHAR(200))"));
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
    assertThat(new Loss("notes", null, "x").target()).isEqualTo("notes");
    assertThat(new Loss("tasks", "legacy_flag", "x").target()).isEqualTo("tasks.legacy_flag");
  }
}
