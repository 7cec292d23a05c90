package dev.schemata.runtime.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.ops.AddColumn;
import dev.schemata.runtime.ops.AlterColumn;
import dev.schemata.runtime.ops.CreateTable;
import dev.schemata.runtime.ops.DataContext;
import dev.schemata.runtime.ops.DataStep;
import dev.schemata.runtime.ops.DropColumn;
import dev.schemata.runtime.ops.Operation;
import dev.schemata.runtime.ops.RunData;
import dev.schemata.runtime.testing.Engine;
import dev.schemata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Data steps on real engines, with rows: a step that splits a column into two runs between the
 * adds and the drop and is reversed by its downgrade; reference rows are inserted and removed;
 * a failure after a step leaves neither the step's rows nor the version's schema behind.
 */
class EngineDataStepTest {
  private static final Column NAME = Column.named("name").type(SqlType.varchar(100)).nullable()
      .build();
  private static final Column FIRST = Column.named("first_name").type(SqlType.varchar(50))
      .nullable().build();
  private static final Column LAST = Column.named("last_name").type(SqlType.varchar(50))
      .nullable().build();
  private static final Column LAST_REQUIRED = Column.named("last_name")
      .type(SqlType.varchar(50)).build();

  /** Splits {@code people.name} at its first space, and joins it back. */
  public static final class SplitNames implements DataStep {
    @Override
    public void upgrade(DataContext data) throws SQLException {
      List<String[]> people = new ArrayList<>();
      try (Statement statement = data.connection().createStatement();
          ResultSet rows = statement.executeQuery("select id, name from people")) {
        while (rows.next()) {
          people.add(new String[] {rows.getString(1), rows.getString(2)});
        }
      }
      for (String[] person : people) {
        String[] parts = person[1].split(" ", 2);
        data.execute("update people set " + data.quote("first_name") + " = ?, "
            + data.quote("last_name") + " = ? where id = ?", parts[0],
            parts.length > 1 ? parts[1] : null, Long.parseLong(person[0]));
      }
    }

    @Override
    public void downgrade(DataContext data) throws SQLException {
      try (PreparedStatement statement = data.connection().prepareStatement(
          "select id, first_name, last_name from people");
          ResultSet rows = statement.executeQuery()) {
        List<Object[]> people = new ArrayList<>();
        while (rows.next()) {
          people.add(new Object[] {rows.getLong(1), rows.getString(2), rows.getString(3)});
        }
        for (Object[] person : people) {
          String name = person[2] == null ? (String) person[1] : person[1] + " " + person[2];
          data.execute("update people set name = ? where id = ?", name, person[0]);
        }
      }
    }
  }

  /** Inserts two reference rows, and deletes them again. */
  public static final class Priorities implements DataStep {
    @Override
    public void upgrade(DataContext data) throws SQLException {
      data.insert("priorities", List.of("id", "label"), List.of(1, "low"), List.of(2, "high"));
    }

    @Override
    public void downgrade(DataContext data) throws SQLException {
      data.execute("delete from priorities where id in (?, ?)", 1, 2);
    }
  }

  private static final Schema PEOPLE = Schema.of(List.of(Table.named("people")
      .column(Column.named("id").type(SqlType.BIGINT))
      .column(Column.named("name").type(SqlType.varchar(100)).nullable()).primaryKey("id")
      .build()));
  private static final Operation CREATE_PRIORITIES = new CreateTable(Table.named("priorities")
      .column(Column.named("id").type(SqlType.INTEGER))
      .column(Column.named("label").type(SqlType.varchar(20)))
      .primaryKey("id").build());

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aStepSplitsAColumnBetweenTheAddsAndTheDropAndItsDowngradeJoinsItBack(Engine engine)
      throws SQLException {
    List<Operation> upgrade = List.of(new AddColumn("people", FIRST),
        new AddColumn("people", LAST), step(SplitNames.class), new DropColumn("people", NAME));
    try (TestDatabase database = engine.create(); Connection connection = database.connect()) {
      createPeople(database, connection);

      assertThat(executor(database, connection).upgrade(2, "split names", "sum", upgrade,
          PEOPLE)).isInstanceOf(ExecutionResult.Completed.class);
      assertThat(rows(connection, "select id, first_name, last_name from people order by id"))
          .containsExactly("1|Ada|Lovelace", "2|Plato|null");

      assertThat(executor(database, connection).downgrade(2, "split names", inverse(upgrade),
          fold(PEOPLE, upgrade))).isInstanceOf(ExecutionResult.Completed.class);
      assertThat(rows(connection, "select * from people order by id"))
          .containsExactly("1|Ada Lovelace", "2|Plato");
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void referenceRowsAreInsertedAndTheDowngradeRemovesThem(Engine engine) throws SQLException {
    List<Operation> upgrade = List.of(CREATE_PRIORITIES, step(Priorities.class));
    try (TestDatabase database = engine.create(); Connection connection = database.connect()) {
      HistoryTable.create(connection, database.dialect());

      assertThat(executor(database, connection).upgrade(1, "priorities", "sum", upgrade,
          Schema.EMPTY)).isInstanceOf(ExecutionResult.Completed.class);
      assertThat(rows(connection, "select id, label from priorities order by id"))
          .containsExactly("1|low", "2|high");

      run(database, connection, fold(Schema.EMPTY, upgrade), List.of(new RunData(
          Priorities.class.getCanonicalName(), true, Priorities::new)));
      assertThat(rows(connection, "select id, label from priorities")).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aFailureAfterTheStepUndoesTheStepAndTheVersion(Engine engine) throws SQLException {
    // Plato has no last name, so making last_name NOT NULL after the step fails.
    List<Operation> upgrade = List.of(new AddColumn("people", FIRST),
        new AddColumn("people", LAST), step(SplitNames.class), step(Priorities.class),
        new AlterColumn("people", LAST, LAST_REQUIRED), new DropColumn("people", NAME));
    try (TestDatabase database = engine.create(); Connection connection = database.connect()) {
      createPeople(database, connection);
      run(database, connection, PEOPLE, List.of(CREATE_PRIORITIES));
      execute(connection, "update people set name = 'Someone' where id = 1");

      ExecutionResult result = executor(database, connection).upgrade(2, "split", "sum",
          upgrade, CREATE_PRIORITIES.applyTo(PEOPLE));

      assertThat(result).isInstanceOf(ExecutionResult.Undone.class);
      assertThat(rows(connection, "select * from people order by id"))
          .containsExactly("1|Someone", "2|Plato");
      assertThat(rows(connection, "select id from priorities"))
          .as("the step's rows were removed by its downgrade or the rollback").isEmpty();
      assertThat(HistoryTable.read(connection).orElseThrow()).isEmpty();
    }
  }

  /** Inserts a row, then fails. */
  public static final class Broken implements DataStep {
    @Override
    public void upgrade(DataContext data) throws SQLException {
      data.insert("priorities", List.of("id", "label"), List.of(3, "urgent"));
      throw new IllegalArgumentException("no such priority");
    }

    @Override
    public void downgrade(DataContext data) {
      throw new AssertionError("a step that failed is not undone by its downgrade");
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aFailingStepKeepsNoneOfItsRowsAndUndoesTheVersion(Engine engine) throws SQLException {
    List<Operation> upgrade = List.of(new AddColumn("people", FIRST), step(Broken.class));
    try (TestDatabase database = engine.create(); Connection connection = database.connect()) {
      createPeople(database, connection);
      run(database, connection, PEOPLE, List.of(CREATE_PRIORITIES));

      ExecutionResult result = executor(database, connection).upgrade(2, "broken", "sum",
          upgrade, CREATE_PRIORITIES.applyTo(PEOPLE));

      assertThat(result).isInstanceOfSatisfying(ExecutionResult.Undone.class, undone -> {
        assertThat(undone.failedStatement()).endsWith("Broken (upgrade)");
        assertThat((Throwable) undone.cause()).hasMessageContaining("no such priority");
      });
      assertThat(rows(connection, "select id from priorities")).isEmpty();
      assertThat(rows(connection, "select * from people order by id"))
          .containsExactly("1|Ada Lovelace", "2|Plato");
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aStepThatCannotBeCreatedFailsTheVersionBeforeAnythingRuns(Engine engine)
      throws SQLException {
    List<Operation> upgrade = List.of(new AddColumn("people", FIRST),
        new RunData("com.example.Gone", false, () -> {
          throw new IllegalStateException("it needs a public no-argument constructor");
        }));
    try (TestDatabase database = engine.create(); Connection connection = database.connect()) {
      createPeople(database, connection);

      ExecutionResult result = executor(database, connection).upgrade(2, "gone", "sum",
          upgrade, PEOPLE);

      assertThat(result).isInstanceOfSatisfying(ExecutionResult.Undone.class, undone -> {
        assertThat(undone.failedStatement()).isEqualTo("data step com.example.Gone (upgrade)");
        assertThat((Throwable) undone.cause()).hasMessageContaining("com.example.Gone")
            .hasMessageContaining("public no-argument constructor");
      });
      assertThat(rows(connection, "select * from people order by id"))
          .containsExactly("1|Ada Lovelace", "2|Plato");
    }
  }

  /** Puts waiting tickets on hold, and back. */
  public static final class PutOnHold implements DataStep {
    @Override
    public void upgrade(DataContext data) throws SQLException {
      data.execute("update tickets set status = 'ON_HOLD' where status = 'WAITING'");
    }

    @Override
    public void downgrade(DataContext data) throws SQLException {
      data.execute("update tickets set status = 'WAITING' where status = 'ON_HOLD'");
    }
  }

  private static Column.Builder status(String enumType, String... constants) {
    return Column.named("status").type(SqlType.varchar(16)).values(constants)
        .enumType(enumType);
  }

  /**
   * A constant replaced by another, as the planner places it around the version's step: the
   * column accepts both, the step moves the rows, the old constant goes; on PostgreSQL with a
   * check and with a native type, whose new constant the step can use in the same transaction.
   */
  @ParameterizedTest
  @EnumSource(Engine.class)
  void aStepMovesRowsFromARemovedConstantToItsReplacement(Engine engine) throws SQLException {
    for (String enumType : engine == Engine.POSTGRESQL ? new String[] {null, "status"}
        : new String[] {null}) {
      Column waiting = status(enumType, "OPEN", "WAITING", "CLOSED").build();
      Column both = status(enumType, "OPEN", "WAITING", "CLOSED", "ON_HOLD").build();
      Column onHold = status(enumType, "OPEN", "ON_HOLD", "CLOSED").build();
      Schema tickets = Schema.of(List.of(Table.named("tickets")
          .column(Column.named("id").type(SqlType.BIGINT))
          .column(status(enumType, "OPEN", "WAITING", "CLOSED")).primaryKey("id").build()));
      // A new table of the enum comes before the step, as the planner places it.
      Operation reviews = new CreateTable(Table.named("reviews")
          .column(Column.named("id").type(SqlType.BIGINT))
          .column(status(enumType, "OPEN", "ON_HOLD", "CLOSED")).primaryKey("id").build());
      List<Operation> upgrade = List.of(reviews, new AlterColumn("tickets", waiting, both),
          step(PutOnHold.class), new AlterColumn("tickets", both, onHold));
      try (TestDatabase database = engine.create();
          Connection connection = database.connect()) {
        HistoryTable.create(connection, database.dialect());
        run(database, connection, Schema.EMPTY,
            List.of(new CreateTable(tickets.table("tickets").orElseThrow())));
        execute(connection, "insert into tickets (id, status) values (1, 'OPEN'),"
            + " (2, 'WAITING')");

        assertThat(executor(database, connection).upgrade(2, "on hold", "sum", upgrade,
            tickets)).isInstanceOf(ExecutionResult.Completed.class);
        assertThat(rows(connection, "select id, status from tickets order by id"))
            .containsExactly("1|OPEN", "2|ON_HOLD");
        assertThat(failsToInsert(connection, 3, "WAITING")).as(enumType).isTrue();
        assertThat(rows(connection, "select count(*) from reviews")).containsExactly("0");
        if (enumType != null) {
          assertThat(rows(connection, TYPE_CONSTANTS)).containsExactly("CLOSED", "ON_HOLD",
              "OPEN");
        }

        assertThat(executor(database, connection).downgrade(2, "on hold", inverse(upgrade),
            fold(tickets, upgrade))).isInstanceOf(ExecutionResult.Completed.class);
        assertThat(rows(connection, "select id, status from tickets order by id"))
            .containsExactly("1|OPEN", "2|WAITING");
        assertThat(failsToInsert(connection, 3, "ON_HOLD")).as(enumType).isTrue();
        if (enumType != null) {
          assertThat(rows(connection, TYPE_CONSTANTS)).containsExactly("CLOSED", "OPEN",
              "WAITING");
        }
      }
    }
  }

  private static final String TYPE_CONSTANTS = "select e.enumlabel from pg_enum e"
      + " join pg_type t on t.oid = e.enumtypid where t.typname = 'status'"
      + " and t.typnamespace = current_schema()::regnamespace order by e.enumsortorder";

  private static boolean failsToInsert(Connection connection, int id, String status) {
    try {
      execute(connection, "insert into tickets (id, status) values (" + id + ", '" + status
          + "')");
      return false;
    } catch (SQLException e) {
      return true;
    }
  }

  private static RunData step(Class<? extends DataStep> type) {
    return new RunData(type.getCanonicalName(), false, () -> {
      try {
        return type.getConstructor().newInstance();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  private static void createPeople(TestDatabase database, Connection connection)
      throws SQLException {
    HistoryTable.create(connection, database.dialect());
    run(database, connection, Schema.EMPTY,
        List.of(new CreateTable(PEOPLE.table("people").orElseThrow())));
    execute(connection, "insert into people (id, name) values (1, 'Ada Lovelace'), (2, 'Plato')");
  }

  private static VersionExecutor executor(TestDatabase database, Connection connection) {
    return new VersionExecutor(connection, database.dialect(), "tester");
  }

  private static void run(TestDatabase database, Connection connection, Schema before,
      List<Operation> operations) throws SQLException {
    assertThat(executor(database, connection).upgrade(99, "setup", "sum", operations, before))
        .isInstanceOf(ExecutionResult.Completed.class);
    execute(connection, "delete from " + HistoryTable.NAME + " where version = 99");
  }

  private static Schema fold(Schema schema, List<Operation> operations) {
    for (Operation operation : operations) {
      schema = operation.applyTo(schema);
    }
    return schema;
  }

  private static List<Operation> inverse(List<Operation> operations) {
    List<Operation> inverse = new ArrayList<>();
    for (int i = operations.size() - 1; i >= 0; i--) {
      inverse.add(operations.get(i).inverse());
    }
    return inverse;
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    Sql.execute(connection, sql);
  }

  private static List<String> rows(Connection connection, String query) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      int count = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
          values.add(String.valueOf(rows.getObject(i)));
        }
        lines.add(String.join("|", values));
      }
    }
    return lines;
  }
}
