package dev.schemata.runtime.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemata.runtime.diff.DiffHints;
import dev.schemata.runtime.diff.SchemaDiffer;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.ops.AlterColumn;
import dev.schemata.runtime.ops.Operation;
import dev.schemata.runtime.testing.Canonical;
import dev.schemata.runtime.testing.Engine;
import dev.schemata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Safe evolution on real engines, with rows in every table before the upgrade: renamed tables and
 * columns keep every row and value, foreign keys into a renamed table keep working, NOT NULL
 * columns are added to populated tables with their fill, columns made NOT NULL give their fill or
 * default to the rows holding NULL, and the downgrade restores the old schema and its rows.
 */
class EngineEvolutionTest {
  private static final Schema BEFORE = Schema.of(List.of(
      Table.named("conversations")
          .column(Column.named("id").type(SqlType.BIGINT))
          .column(Column.named("title").type(SqlType.varchar(200)))
          .primaryKey("id")
          .index(Index.named("ix_conversations_title").on("title"))
          .build(),
      Table.named("messages")
          .column(Column.named("id").type(SqlType.BIGINT))
          .column(Column.named("conversation_id").type(SqlType.BIGINT))
          .column(Column.named("body").type(SqlType.varchar(500)).nullable())
          .primaryKey("id")
          .index(Index.named("ix_messages_conversation_id").on("conversation_id"))
          .foreignKey(ForeignKey.named("fk_messages_conversation_id").columns("conversation_id")
              .references("conversations", "id"))
          .build(),
      Table.named("tasks")
          .column(Column.named("id").type(SqlType.BIGINT))
          .column(Column.named("title").type(SqlType.varchar(200)))
          .primaryKey("id")
          .build()));

  private static final Schema AFTER = Schema.of(List.of(
      Table.named("threads")
          .column(Column.named("id").type(SqlType.BIGINT))
          .column(Column.named("subject").type(SqlType.varchar(200)))
          .primaryKey("id")
          .index(Index.named("ix_threads_subject").on("subject"))
          .build(),
      Table.named("messages")
          .column(Column.named("id").type(SqlType.BIGINT))
          .column(Column.named("thread_id").type(SqlType.BIGINT))
          .column(Column.named("body").type(SqlType.varchar(500)).nullable())
          .primaryKey("id")
          .index(Index.named("ix_messages_thread_id").on("thread_id"))
          .foreignKey(ForeignKey.named("fk_messages_thread_id").columns("thread_id")
              .references("threads", "id"))
          .build(),
      Table.named("tasks")
          .column(Column.named("id").type(SqlType.BIGINT))
          .column(Column.named("title").type(SqlType.varchar(200)))
          .column(Column.named("position").type(SqlType.INTEGER))
          .column(Column.named("pinned").type(SqlType.BOOLEAN))
          .column(Column.named("status").type(SqlType.varchar(10)))
          .primaryKey("id")
          .build()));

  private static final DiffHints HINTS = DiffHints.NONE
      .withRenamedTable("conversations", "threads")
      .withRenamedColumn("threads", "title", "subject")
      .withRenamedColumn("messages", "conversation_id", "thread_id")
      .withFill("tasks", "position", "0")
      .withFill("tasks", "pinned", "FALSE")
      .withFill("tasks", "status", "'open'");

  @ParameterizedTest
  @EnumSource(Engine.class)
  void upgradeKeepsEveryRowAndDowngradeRestoresThem(Engine engine) throws SQLException {
    List<Operation> upgrade = SchemaDiffer.diff(BEFORE, AFTER, HINTS);
    try (TestDatabase database = engine.create(); Connection connection = database.connect()) {
      run(database, connection, Schema.EMPTY, SchemaDiffer.diff(Schema.EMPTY, BEFORE));
      Sql.execute(connection, "insert into conversations (id, title) values (1, 'hello'),"
          + " (2, 'bye')");
      Sql.execute(connection, "insert into messages (id, conversation_id, body) values"
          + " (10, 1, 'hi'), (11, 1, null), (12, 2, 'ciao')");
      Sql.execute(connection, "insert into tasks (id, title) values (5, 'write'), (6, 'test')");

      run(database, connection, BEFORE, upgrade);

      assertThat(read(database, connection)).isEqualTo(Canonical.of(AFTER, engine));
      assertThat(rows(connection, "select t.id, t.subject, m.id, m.body from threads t join"
          + " messages m on m.thread_id = t.id order by m.id")).containsExactly(
              "1|hello|10|hi", "1|hello|11|null", "2|bye|12|ciao");
      assertThat(rows(connection, "select id, title, position, pinned, status from tasks"
          + " order by id")).containsExactly("5|write|0|false|open", "6|test|0|false|open");
      // The fill was for existing rows only: a new row must give the values itself.
      assertThat(fails(connection, "insert into tasks (id, title) values (7, 'x')")).isTrue();
      assertThat(fails(connection, "insert into messages (id, thread_id) values (13, 99)"))
          .as("the foreign key into the renamed table still holds").isTrue();

      run(database, connection, AFTER, inverse(upgrade));

      assertThat(read(database, connection)).isEqualTo(Canonical.of(BEFORE, engine));
      assertThat(rows(connection, "select c.id, c.title, m.id, m.body from conversations c"
          + " join messages m on m.conversation_id = c.id order by m.id")).containsExactly(
              "1|hello|10|hi", "1|hello|11|null", "2|bye|12|ciao");
      assertThat(rows(connection, "select id, title from tasks order by id"))
          .containsExactly("5|write", "6|test");
    }
  }

  /**
   * A column made NOT NULL whose fill is a constant the same change adds: the rows holding NULL
   * can only take it once the column accepts it.
   */
  @ParameterizedTest
  @EnumSource(Engine.class)
  void aColumnMadeNotNullMayBeFilledWithAConstantTheSameChangeAdds(Engine engine)
      throws SQLException {
    Column open = Column.named("grade").type(SqlType.varchar(8)).nullable().values("A", "B")
        .build();
    Column filled = Column.named("grade").type(SqlType.varchar(8)).defaultValue("'C'")
        .values("A", "B", "C").build();
    Schema before = Schema.of(List.of(Table.named("marks")
        .column(Column.named("id").type(SqlType.BIGINT))
        .column(Column.named("grade").type(SqlType.varchar(8)).nullable().values("A", "B"))
        .primaryKey("id").build()));
    List<Operation> upgrade = List.of(new AlterColumn("marks", open, filled));
    try (TestDatabase database = engine.create(); Connection connection = database.connect()) {
      run(database, connection, Schema.EMPTY, SchemaDiffer.diff(Schema.EMPTY, before));
      Sql.execute(connection, "insert into marks (id, grade) values (1, 'A'), (2, null)");

      run(database, connection, before, upgrade);

      assertThat(rows(connection, "select id, grade from marks order by id"))
          .containsExactly("1|A", "2|C");
      assertThat(fails(connection, "insert into marks (id, grade) values (3, null)")).isTrue();

      // The downgrade removes C again, which only works once no row holds it.
      Sql.execute(connection, "update marks set grade = 'B' where id = 2");
      run(database, connection, upgrade.get(0).applyTo(before), inverse(upgrade));

      assertThat(rows(connection, "select id, grade from marks order by id"))
          .containsExactly("1|A", "2|B");
      Sql.execute(connection, "insert into marks (id, grade) values (3, null)");
    }
  }

  private static final Schema LOOSE = Schema.of(List.of(Table.named("items")
      .column(Column.named("id").type(SqlType.BIGINT))
      .column(Column.named("label").type(SqlType.varchar(20)).nullable())
      .column(Column.named("rank").type(SqlType.INTEGER).nullable())
      .column(Column.named("state").type(SqlType.varchar(10)).nullable())
      .primaryKey("id")
      .build()));

  /** Label has a @FillWith, rank became a primitive, state has a @ColumnDefault. */
  private static final Schema TIGHT = Schema.of(List.of(Table.named("items")
      .column(Column.named("id").type(SqlType.BIGINT))
      .column(Column.named("label").type(SqlType.varchar(20)))
      .column(Column.named("rank").type(SqlType.INTEGER))
      .column(Column.named("state").type(SqlType.varchar(10)).defaultValue("'open'"))
      .primaryKey("id")
      .build()));

  @ParameterizedTest
  @EnumSource(Engine.class)
  void columnsMadeNotNullFillTheirNullRowsAndTheDowngradeRelaxesThem(Engine engine)
      throws SQLException {
    List<Operation> upgrade = SchemaDiffer.diff(LOOSE, TIGHT, DiffHints.NONE
        .withFill("items", "label", "'none'").withFill("items", "rank", "0"));
    try (TestDatabase database = engine.create(); Connection connection = database.connect()) {
      run(database, connection, Schema.EMPTY, SchemaDiffer.diff(Schema.EMPTY, LOOSE));
      Sql.execute(connection, "insert into items (id, label, rank, state) values"
          + " (1, 'first', 7, 'done'), (2, null, null, null), (3, 'third', null, 'done')");

      run(database, connection, LOOSE, upgrade);

      assertThat(read(database, connection)).isEqualTo(Canonical.of(TIGHT, engine));
      assertThat(rows(connection, "select id, label, rank, state from items order by id"))
          .containsExactly("1|first|7|done", "2|none|0|open", "3|third|0|done");
      // The fills were for the rows holding NULL only; the column default stays.
      assertThat(fails(connection, "insert into items (id, rank) values (4, 1)")).isTrue();
      Sql.execute(connection, "insert into items (id, label, rank) values (4, 'x', 1)");

      run(database, connection, TIGHT, inverse(upgrade));

      assertThat(read(database, connection)).isEqualTo(Canonical.of(LOOSE, engine));
      Sql.execute(connection, "insert into items (id) values (5)");
      assertThat(rows(connection, "select id, label, rank, state from items order by id"))
          .containsExactly("1|first|7|done", "2|none|0|open", "3|third|0|done", "4|x|1|open",
              "5|null|null|null");
    }
  }

  private static List<Operation> inverse(List<Operation> operations) {
    List<Operation> inverse = new ArrayList<>();
    for (int i = operations.size() - 1; i >= 0; i--) {
      inverse.add(operations.get(i).inverse());
    }
    return inverse;
  }

  private static boolean fails(Connection connection, String sql) {
    try {
      Sql.execute(connection, sql);
      return false;
    } catch (SQLException e) {
      return true;
    }
  }

  private static List<String> rows(Connection connection, String query) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      int count = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
          // MariaDB keeps booleans as numbers; read the flag as the boolean it is.
          values.add(isFlag(rows, i) ? String.valueOf(rows.getBoolean(i))
              : String.valueOf(rows.getObject(i)));
        }
        lines.add(String.join("|", values));
      }
    }
    return lines;
  }

  private static boolean isFlag(ResultSet rows, int column) throws SQLException {
    return rows.getMetaData().getColumnLabel(column).equalsIgnoreCase("pinned");
  }

  private static void run(TestDatabase database, Connection connection, Schema before,
      List<Operation> operations) throws SQLException {
    Schema schema = before;
    for (Operation operation : operations) {
      for (String sql : database.dialect().render(operation, schema)) {
        Sql.execute(connection, sql);
      }
      schema = operation.applyTo(schema);
    }
  }

  private static Schema read(TestDatabase database, Connection connection) throws SQLException {
    return Canonical.of(SchemaReader.read(connection, database.dialect()), database.engine());
  }
}
