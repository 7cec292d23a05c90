package dev.schemata.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.ops.DataContext;
import dev.schemata.runtime.ops.DataStep;
import dev.schemata.runtime.ops.SchemaChange;
import dev.schemata.runtime.testing.Engine;
import dev.schemata.runtime.testing.Reversible;
import dev.schemata.runtime.testing.Shop;
import dev.schemata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Enum columns that name a PostgreSQL enum type ({@link Column#enumType()}), with rows: the type is
 * created, grown, recreated, shared, switched to and from, and dropped with its last column; on
 * the other engines the same versions behave as enum columns always do.
 */
class EngineEnumTypeTest {
  private static final String[] FIRST = {"OPEN", "WAITING", "CLOSED"};
  private static final String[] GROWN = {"OPEN", "WAITING", "CLOSED", "ESCALATED"};
  private static final String[] SHRUNK = {"OPEN", "CLOSED", "ESCALATED"};
  private static final String[] REORDERED = {"CLOSED", "ESCALATED", "OPEN"};

  /** Tickets with a status of the type. */
  static final class CreateTickets extends Reversible {
    @Override
    public void upgrade(SchemaChange change) {
      change.createTable(Table.named("tickets")
          .column(Column.named("id").type(SqlType.INTEGER))
          .column(status(FIRST).defaultValue("'OPEN'"))
          .primaryKey("id"));
    }
  }

  /** A constant added, and replies whose column shares the type. */
  static final class AddConstantAndReplies extends Reversible {
    @Override
    public void upgrade(SchemaChange change) {
      change.alterColumn("tickets", status(FIRST).defaultValue("'OPEN'"),
          status(GROWN).defaultValue("'OPEN'"));
      change.createTable(Table.named("replies")
          .column(Column.named("id").type(SqlType.INTEGER))
          .column(after(GROWN))
          .primaryKey("id"));
    }
  }

  /** WAITING removed from both columns of the type. */
  static final class RemoveConstant extends Reversible {
    @Override
    public void upgrade(SchemaChange change) {
      change.alterColumn("tickets", status(GROWN).defaultValue("'OPEN'"),
          status(SHRUNK).defaultValue("'OPEN'"));
      change.alterColumn("replies", after(GROWN), after(SHRUNK));
    }
  }

  /** The constants declared in another order. */
  static final class Reorder extends Reversible {
    @Override
    public void upgrade(SchemaChange change) {
      change.alterColumn("tickets", status(SHRUNK).defaultValue("'OPEN'"),
          status(REORDERED).defaultValue("'OPEN'"));
      change.alterColumn("replies", after(SHRUNK), after(REORDERED));
    }
  }

  /** Replies switch to a check constraint; the tickets still use the type. */
  static final class RepliesToCheck extends Reversible {
    @Override
    public void upgrade(SchemaChange change) {
      change.alterColumn("replies", after(REORDERED), checked(after(REORDERED)));
    }
  }

  /** Tickets switch too: the type goes with its last column. */
  static final class TicketsToCheck extends Reversible {
    @Override
    public void upgrade(SchemaChange change) {
      change.alterColumn("tickets", status(REORDERED).defaultValue("'OPEN'"),
          checked(status(REORDERED).defaultValue("'OPEN'")));
    }
  }

  private static final List<Reversible> HISTORY = List.of(new CreateTickets(),
      new AddConstantAndReplies(), new RemoveConstant(), new Reorder(), new RepliesToCheck(),
      new TicketsToCheck());

  @ParameterizedTest
  @EnumSource(Engine.class)
  void theTypeFollowsItsColumnsWithRowsInThemAndDowngradesToNothing(Engine engine)
      throws SQLException {
    boolean postgres = engine == Engine.POSTGRESQL;
    try (TestDatabase database = engine.create()) {
      List<Map<String, List<String>>> types = new ArrayList<>();
      for (int version = 1; version <= HISTORY.size(); version++) {
        Migrator migrator = migrator(database.dataSource(), HISTORY.subList(0, version));
        migrator.migrate();
        assertThat(migrator.validate().differences()).as("drift at version %d", version)
            .isEmpty();
        if (version == 1) {
          database.execute("insert into tickets (id, status) values (1, 'WAITING')");
          database.execute("insert into tickets (id) values (2)");
        }
        if (version == 2) {
          database.execute("insert into replies (id, status_after) values (1, 'ESCALATED')");
          database.execute("update tickets set status = 'CLOSED' where id = 1");
        }
        types.add(postgres ? types(database) : Map.of());
      }
      assertThat(rows(database)).containsExactly("ticket 1 CLOSED", "ticket 2 OPEN",
          "reply 1 ESCALATED");
      if (postgres) {
        assertThat(types).containsExactly(
            Map.of("status", List.of("CLOSED", "OPEN", "WAITING")),
            Map.of("status", List.of("CLOSED", "ESCALATED", "OPEN", "WAITING")),
            Map.of("status", List.of("CLOSED", "ESCALATED", "OPEN")),
            Map.of("status", List.of("CLOSED", "ESCALATED", "OPEN")),
            Map.of("status", List.of("CLOSED", "ESCALATED", "OPEN")),
            Map.of());
      }

      Migrator all = migrator(database.dataSource(), HISTORY);
      for (int version = HISTORY.size() - 1; version >= 1; version--) {
        all.downgradeTo(version);
        assertThat(migrator(database.dataSource(), HISTORY.subList(0, version)).validate()
            .differences()).as("drift after downgrading to %d", version).isEmpty();
        if (postgres) {
          assertThat(types(database)).as("types at version %d", version)
              .isEqualTo(types.get(version - 1));
        }
      }
      all.downgradeTo(0);
      if (postgres) {
        assertThat(types(database)).isEmpty();
      }
    }
  }

  @Test
  void theScriptShowsTheTypeStatements() {
    Migrator migrator = migrator(new dev.schemata.runtime.testing.UrlDataSource(
        "jdbc:h2:mem:unused"), HISTORY);

    String script = migrator.script(0, 4, Dialect.POSTGRESQL);
    assertThat(script)
        .contains("create type status as enum ('CLOSED','OPEN','WAITING')")
        .contains("status status default 'OPEN' not null")
        .contains("alter type status add value 'ESCALATED' after 'CLOSED'")
        .contains("alter type status rename to status_old")
        .contains("create type status as enum ('CLOSED','ESCALATED','OPEN')")
        .contains("alter table tickets alter column status type status using status::text::status")
        .contains("drop type status_old");
    assertThat(script.split("create type status as enum", -1)).hasSize(3);
    assertThat(migrator.script(6, 0, Dialect.POSTGRESQL)).contains("drop type status");
  }

  @Test
  void removingAConstantThatARowHoldsFailsTheVersionAndKeepsTheData() throws SQLException {
    try (TestDatabase database = Engine.POSTGRESQL.create()) {
      migrator(database.dataSource(), HISTORY.subList(0, 2)).migrate();
      database.execute("insert into tickets (id, status) values (1, 'WAITING')");

      Migrator failing = migrator(database.dataSource(), HISTORY.subList(0, 3));
      assertThatThrownBy(failing::migrate)
          .isInstanceOfSatisfying(SchemataException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_FAILED))
          .hasMessageContaining("Upgrade of version 3")
          .hasMessageContaining("invalid input value for enum status: \"WAITING\"")
          .hasMessageContaining("still at version 2");
      assertThat(rows(database)).containsExactly("ticket 1 WAITING");
      assertThat(types(database)).isEqualTo(Map.of("status",
          List.of("CLOSED", "ESCALATED", "OPEN", "WAITING")));
      assertThat(migrator(database.dataSource(), HISTORY.subList(0, 2)).validate()
          .differences()).isEmpty();
    }
  }

  @Test
  void validateReportsATypeChangedByHand() throws SQLException {
    try (TestDatabase database = Engine.POSTGRESQL.create()) {
      Migrator migrator = migrator(database.dataSource(), HISTORY.subList(0, 1));
      migrator.migrate();
      database.execute("alter type status add value 'LOST'");

      assertThat(migrator.validate().differences()).singleElement().hasToString(
          "tickets.status: constants [OPEN, WAITING, CLOSED] expected, "
              + "[CLOSED, OPEN, WAITING, LOST] found");
    }
  }

  @Test
  void onH2ATypeNameMeansNothingToValidate() throws SQLException {
    try (TestDatabase database = Engine.H2.create()) {
      Migrator migrator = migrator(database.dataSource(), HISTORY.subList(0, 1));
      migrator.migrate();
      assertThat(migrator.validate().differences()).isEmpty();
      database.execute("alter table tickets alter column status set data type"
          + " enum('CLOSED', 'LOST', 'OPEN', 'WAITING')");

      assertThat(migrator.validate().differences()).singleElement().asString()
          .startsWith("tickets.status: ").contains("LOST").doesNotContain("enum type");
    }
  }

  /** Sets every ticket to ESCALATED. */
  public static final class Escalate implements DataStep {
    @Override
    public void upgrade(DataContext data) throws SQLException {
      data.execute("update tickets set status = 'ESCALATED'");
    }

    @Override
    public void downgrade(DataContext data) throws SQLException {
      data.execute("update tickets set status = 'OPEN'");
    }
  }

  /** Adds ESCALATED and makes it the default: PostgreSQL cannot use a value added so. */
  static final class AddConstantAsDefault extends Reversible {
    @Override
    public void upgrade(SchemaChange change) {
      change.alterColumn("tickets", status(FIRST).defaultValue("'OPEN'"),
          status(GROWN).defaultValue("'ESCALATED'"));
    }
  }

  /** Adds ESCALATED and runs a step that writes it. */
  static final class AddConstantAndEscalate extends Reversible {
    @Override
    public void upgrade(SchemaChange change) {
      change.alterColumn("tickets", status(FIRST).defaultValue("'OPEN'"),
          status(GROWN).defaultValue("'OPEN'"));
      change.runData(Escalate.class);
    }
  }

  @Test
  void aNewConstantThatTheVersionUsesAsADefaultRecreatesTheType() throws SQLException {
    try (TestDatabase database = Engine.POSTGRESQL.create()) {
      List<Reversible> history = List.of(new CreateTickets(), new AddConstantAsDefault());
      assertThat(migrator(database.dataSource(), history).script(1, 2, Dialect.POSTGRESQL))
          .contains("alter type status rename to status_old")
          .doesNotContain("add value");
      migrator(database.dataSource(), history.subList(0, 1)).migrate();
      database.execute("insert into tickets (id, status) values (1, 'WAITING')");

      migrator(database.dataSource(), history).migrate();
      database.execute("insert into tickets (id) values (2)");

      assertThat(rows(database)).containsExactly("ticket 1 WAITING", "ticket 2 ESCALATED");
      assertThat(migrator(database.dataSource(), history).validate().differences()).isEmpty();
    }
  }

  @Test
  void aDataStepThatWritesAConstantAddedInItsVersionFindsItUsable() throws SQLException {
    try (TestDatabase database = Engine.POSTGRESQL.create()) {
      List<Reversible> history = List.of(new CreateTickets(), new AddConstantAndEscalate());
      // ADD VALUE would leave the constant unusable until the version's transaction commits.
      assertThat(migrator(database.dataSource(), history).script(1, 2, Dialect.POSTGRESQL))
          .contains("alter type status rename to status_old")
          .doesNotContain("add value");
      migrator(database.dataSource(), history.subList(0, 1)).migrate();
      database.execute("insert into tickets (id, status) values (1, 'WAITING')");

      migrator(database.dataSource(), history).migrate();

      assertThat(rows(database)).containsExactly("ticket 1 ESCALATED");
      assertThat(types(database)).isEqualTo(Map.of("status",
          List.of("CLOSED", "ESCALATED", "OPEN", "WAITING")));
      migrator(database.dataSource(), history).downgradeTo(1);
      assertThat(rows(database)).containsExactly("ticket 1 OPEN");
      assertThat(types(database)).isEqualTo(Map.of("status",
          List.of("CLOSED", "OPEN", "WAITING")));
    }
  }

  /**
   * Adds ESCALATED, then makes another column of the type NOT NULL, filling its NULL rows with
   * ESCALATED.
   */
  static final class AddConstantAndFillWithIt extends Reversible {
    @Override
    public void upgrade(SchemaChange change) {
      change.alterColumn("tickets", status(FIRST).defaultValue("'OPEN'"),
          status(GROWN).defaultValue("'OPEN'"));
      change.addColumn("tickets", after(GROWN));
      change.alterColumn("tickets", after(GROWN), Column.named("status_after")
          .type(SqlType.varchar(16)).values(GROWN).enumType("status")
          .defaultValue("'ESCALATED'"));
    }
  }

  @Test
  void aLaterOperationThatNamesAConstantAddedInItsVersionFindsItUsable() throws SQLException {
    try (TestDatabase database = Engine.POSTGRESQL.create()) {
      List<Reversible> history = List.of(new CreateTickets(), new AddConstantAndFillWithIt());
      migrator(database.dataSource(), history.subList(0, 1)).migrate();
      database.execute("insert into tickets (id, status) values (1, 'WAITING')");

      migrator(database.dataSource(), history).migrate();
      database.execute("insert into tickets (id) values (2)");

      assertThat(rows(database)).containsExactly("ticket 1 WAITING", "ticket 2 OPEN");
      try (Connection connection = database.dataSource().getConnection();
          ResultSet row = connection.createStatement()
              .executeQuery("select count(*) from tickets where status_after = 'ESCALATED'")) {
        assertThat(row.next()).isTrue();
        assertThat(row.getInt(1)).isEqualTo(2);
      }
      assertThat(migrator(database.dataSource(), history).validate().differences()).isEmpty();
    }
  }

  private static Column.Builder status(String... constants) {
    return Column.named("status").type(SqlType.varchar(16)).values(constants).enumType("status");
  }

  private static Column.Builder after(String... constants) {
    return Column.named("status_after").type(SqlType.varchar(16)).nullable().values(constants)
        .enumType("status");
  }

  private static Column.Builder checked(Column.Builder column) {
    return column.enumType(null);
  }

  private static Migrator migrator(DataSource dataSource, List<Reversible> versions) {
    return Migrator.configure().dataSource(dataSource).migrations(Shop.numbered(versions))
        .load();
  }

  /** The enum types of the test's schema with their constants in the type's order. */
  private static Map<String, List<String>> types(TestDatabase database) throws SQLException {
    Map<String, List<String>> types = new TreeMap<>();
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select t.typname, e.enumlabel from pg_type t"
            + " join pg_enum e on e.enumtypid = t.oid join pg_namespace n"
            + " on n.oid = t.typnamespace where n.nspname = current_schema()"
            + " order by t.typname, e.enumsortorder")) {
      while (rows.next()) {
        types.computeIfAbsent(rows.getString(1), t -> new ArrayList<>()).add(rows.getString(2));
      }
    }
    return types;
  }

  private static List<String> rows(TestDatabase database) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      try (ResultSet result = statement.executeQuery(
          "select id, status from tickets order by id")) {
        while (result.next()) {
          rows.add("ticket " + result.getInt(1) + " " + result.getString(2));
        }
      }
      try (ResultSet result = statement.executeQuery(
          "select id, status_after from replies order by id")) {
        while (result.next()) {
          rows.add("reply " + result.getInt(1) + " " + result.getString(2));
        }
      } catch (SQLException noReplies) {
        // Before version 2 there are no replies.
      }
    }
    return rows;
  }
}
