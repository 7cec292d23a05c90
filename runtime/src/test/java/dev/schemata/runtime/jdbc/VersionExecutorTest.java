package dev.schemata.runtime.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.dialect.TransactionalH2;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Sequence;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.ops.AddColumn;
import dev.schemata.runtime.ops.AlterColumn;
import dev.schemata.runtime.ops.CreateIndex;
import dev.schemata.runtime.ops.CreateSequence;
import dev.schemata.runtime.ops.CreateTable;
import dev.schemata.runtime.ops.Operation;
import dev.schemata.runtime.testing.CountingDataSource;
import dev.schemata.runtime.testing.H2;
import dev.schemata.runtime.testing.MetadataSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VersionExecutorTest {
  private static final Operation CREATE_LABELS = new CreateTable(Table.named("labels")
      .column(Column.named("id").type(SqlType.INTEGER)).primaryKey("id").build());
  private static final Operation ADD_COLOUR =
      new AddColumn("items", Column.named("colour").type(SqlType.varchar(20)).nullable().build());
  // The database refuses it: each test that uses it makes the data source fail it.
  private static final Operation BROKEN_INDEX =
      new CreateIndex("items", Index.named("ix_items_name").on("name").build());
  private static final Schema ITEMS = Schema.of(List.of(Table.named("items")
      .column(Column.named("id").type(SqlType.INTEGER))
      .column(Column.named("name").type(SqlType.varchar(10)).nullable())
      .primaryKey("id").build()));

  private CountingDataSource counting;
  private DataSource dataSource;

  @BeforeEach
  void createItems() throws SQLException {
    counting = new CountingDataSource(H2.newDatabase());
    dataSource = counting.dataSource();
    try (Connection connection = dataSource.getConnection()) {
      Sql.execute(connection, "create table items (id integer primary key, name varchar(10))");
      Sql.execute(connection, "insert into items values (1, 'long name')");
      HistoryTable.create(connection, Dialect.H2);
    }
  }

  @Test
  void appliesAVersionAndRecordsIt() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      ExecutionResult result = executor(connection).upgrade(4, "labels", "sum",
          List.of(CREATE_LABELS, ADD_COLOUR), ITEMS);

      assertThat(result).isInstanceOf(ExecutionResult.Completed.class);
      assertThat(HistoryTable.read(connection).orElseThrow()).singleElement()
          .satisfies(entry -> {
            assertThat(entry.version()).isEqualTo(4);
            assertThat(entry.checksum()).isEqualTo("sum");
            assertThat(entry.appliedBy()).isEqualTo("tester");
            assertThat(entry.success()).isTrue();
          });
      assertThat(MetadataSnapshot.of(dataSource)).contains("LABELS", "COLOUR");
    }
  }

  @Test
  void anOperationTheEngineCannotRunFailsTheVersionBeforeAnyStatementRuns()
      throws SQLException {
    String before = MetadataSnapshot.of(dataSource);
    Operation sequence = new CreateSequence(Sequence.named("labels_seq").incrementBy(50).build());
    try (Connection connection = dataSource.getConnection()) {
      // H2 stands in for MySQL's connection: MySQL's dialect refuses sequences before SQL.
      ExecutionResult result = new VersionExecutor(connection, Dialect.MYSQL, "tester")
          .upgrade(4, "labels", "sum", List.of(CREATE_LABELS, sequence), ITEMS);

      assertThat(result).isInstanceOfSatisfying(ExecutionResult.Undone.class, undone -> {
        assertThat(undone.failedStatement())
            .isEqualTo("create sequence labels_seq start 1 increment 50");
        assertThat((Throwable) undone.cause()).isInstanceOf(SQLFeatureNotSupportedException.class)
            .hasMessageStartingWith("MySQL has no sequences");
      });
      assertThat(HistoryTable.read(connection).orElseThrow()).isEmpty();
    }
    assertThat(MetadataSnapshot.of(dataSource)).isEqualTo(before);
  }

  @Test
  void whenTheThirdStatementFailsTheFirstTwoAreUndone() throws SQLException {
    String before = MetadataSnapshot.of(dataSource);
    counting.failWhen(sql -> sql.startsWith("create index"));
    try (Connection connection = dataSource.getConnection()) {
      ExecutionResult result = executor(connection).upgrade(4, "labels", "sum",
          List.of(CREATE_LABELS, ADD_COLOUR, BROKEN_INDEX), ITEMS);

      assertThat(result).isInstanceOfSatisfying(ExecutionResult.Undone.class, undone ->
          assertThat(undone.failedStatement())
              .isEqualTo("create index ix_items_name on items (name)"));
      assertThat(HistoryTable.read(connection).orElseThrow()).isEmpty();
    }
    assertThat(MetadataSnapshot.of(dataSource)).isEqualTo(before);
  }

  @Test
  void undoesAnAlterColumnThatFailedHalfWay() throws SQLException {
    String before = MetadataSnapshot.of(dataSource);
    // The type changes first; NOT NULL then fails on the row holding NULL.
    AlterColumn alter = new AlterColumn("items",
        Column.named("name").type(SqlType.varchar(10)).nullable().build(),
        Column.named("name").type(SqlType.varchar(3)).build());
    try (Connection connection = dataSource.getConnection()) {
      Sql.execute(connection, "update items set name = 'ok'");
      Sql.execute(connection, "insert into items values (2, null)");
      ExecutionResult result = executor(connection).upgrade(4, "shrink", "sum", List.of(alter),
          ITEMS);

      assertThat(result).isInstanceOfSatisfying(ExecutionResult.Undone.class, undone ->
          assertThat(undone.failedStatement())
              .isEqualTo("alter table items alter column name set not null"));
    }
    assertThat(MetadataSnapshot.of(dataSource)).isEqualTo(before);
  }

  @Test
  void whenTheUndoFailsTooTheVersionIsRecordedAsFailedWithWhatWasLeft() throws SQLException {
    counting.failWhen(sql -> sql.equals("drop table labels") || sql.startsWith("create index"));
    try (Connection connection = dataSource.getConnection()) {
      ExecutionResult result = executor(connection).upgrade(4, "labels", "sum",
          List.of(CREATE_LABELS, ADD_COLOUR, BROKEN_INDEX), ITEMS);

      assertThat(result).isInstanceOfSatisfying(ExecutionResult.Incomplete.class, incomplete -> {
        assertThat(incomplete.failedUndoStatement()).isEqualTo("drop table labels");
        assertThat(incomplete.leftApplied()).containsExactly(CREATE_LABELS);
      });
      assertThat(HistoryTable.read(connection).orElseThrow()).singleElement()
          .satisfies(entry -> {
            assertThat(entry.success()).isFalse();
            assertThat(entry.description()).isEqualTo("labels [upgrade failed; left applied:"
                + " create table labels (id INTEGER NOT NULL, PRIMARY KEY (id))]");
          });
    }
    String live = MetadataSnapshot.of(dataSource);
    assertThat(live).contains("LABELS").doesNotContain("COLOUR");
  }

  @Test
  void downgradeDeletesTheHistoryRowAndUndoesOnFailure() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      VersionExecutor executor = executor(connection);
      executor.upgrade(4, "labels", "sum", List.of(CREATE_LABELS, ADD_COLOUR), ITEMS);
      String applied = MetadataSnapshot.of(dataSource);
      Schema after = ADD_COLOUR.applyTo(CREATE_LABELS.applyTo(ITEMS));

      counting.failWhen(sql -> sql.startsWith("create index"));
      ExecutionResult failed = executor.downgrade(4, "labels",
          List.of(ADD_COLOUR.inverse(), BROKEN_INDEX, CREATE_LABELS.inverse()), after);
      assertThat(failed).isInstanceOf(ExecutionResult.Undone.class);
      assertThat(MetadataSnapshot.of(dataSource)).isEqualTo(applied);
      assertThat(HistoryTable.read(connection).orElseThrow()).hasSize(1);

      counting.failWhen(sql -> false);
      ExecutionResult done = executor.downgrade(4, "labels",
          List.of(ADD_COLOUR.inverse(), CREATE_LABELS.inverse()), after);
      assertThat(done).isInstanceOf(ExecutionResult.Completed.class);
      assertThat(HistoryTable.read(connection).orElseThrow()).isEmpty();
      assertThat(MetadataSnapshot.of(dataSource)).doesNotContain("LABELS", "COLOUR");
    }
  }

  @Test
  void withTransactionalDdlAFailureRollsBackTheHistoryRowWithTheVersion() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      VersionExecutor executor =
          new VersionExecutor(connection, TransactionalH2.INSTANCE, "tester");
      counting.failWhen(sql -> sql.startsWith("insert into schemata_history"));

      ExecutionResult failed = executor.upgrade(4, "colour", "sum", List.of(ADD_COLOUR), ITEMS);

      assertThat(failed).isInstanceOfSatisfying(ExecutionResult.Undone.class, undone ->
          assertThat(undone.failedStatement()).contains("recording the version"));
      assertThat(connection.getAutoCommit()).isTrue();
      assertThat(HistoryTable.read(connection).orElseThrow()).isEmpty();

      counting.failWhen(sql -> false);
      Sql.execute(connection, "alter table items drop column colour");
      assertThat(executor.upgrade(4, "colour", "sum", List.of(ADD_COLOUR), ITEMS))
          .isInstanceOf(ExecutionResult.Completed.class);
      assertThat(HistoryTable.read(connection).orElseThrow()).hasSize(1);
    }
  }

  private static VersionExecutor executor(Connection connection) {
    return new VersionExecutor(connection, Dialect.H2, "tester");
  }
}
