package dev.schemata.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs the example's committed history through its main entry point, on H2 and on the
 * PostgreSQL and MariaDB servers.
 */
class ExampleAppTest {
  private String url = "jdbc:h2:mem:example" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";

  private String run(String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--url";
    all[args.length + 1] = url;
    assertThat(ExampleApp.run(all, new PrintStream(bytes, true, StandardCharsets.UTF_8)))
        .isZero();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @EnumSource(ExampleDatabase.class)
  void migratesToTheNewestVersionThenDowngradesAndUpgradesAgain(ExampleDatabase engine) {
    try (ExampleDatabase.Fresh database = engine.create()) {
      url = database.url();
      migrateDowngradeAndMigrateAgain();
    }
  }

  private void migrateDowngradeAndMigrateAgain() {
    String first = run();
    assertThat(first).contains("applied version 1 (tasks and conversations)",
        "applied version 2 (add task priority)",
        "applied version 3 (conversation subject and task position)",
        "applied version 4 (conversation slugs)", "applied version 5 (message roles)",
        "is at version 5 of 5",
        "tasks columns: id, user_id, title, description, completed, created_at, updated_at,"
            + " priority, position");

    assertThat(run()).doesNotContain("applied version").contains("is at version 5 of 5");

    String down = run("downgrade", "1");
    assertThat(down).contains("downgraded from version 5 to 1", "is at version 1 of 5")
        .containsPattern("2 +PENDING")
        .contains("tasks columns: id, user_id, title, description, completed, created_at,"
            + " updated_at\n");

    assertThat(run("downgrade", "0")).contains("is at version 0 of 5",
        "tasks columns: (no tasks table)");
    assertThat(run("migrate")).contains("applied version 1", "applied version 2",
        "applied version 3", "applied version 4", "applied version 5");
    upgradeWithRowsKeepsThem();
  }

  /**
   * Version 3 renames conversations.title and adds tasks.position NOT NULL, version 4's data
   * step fills the new conversations.slug, and version 5 restricts messages.role to the
   * constants of its enum, over rows.
   */
  private void upgradeWithRowsKeepsThem() {
    assertThat(run("downgrade", "2")).contains("is at version 2 of 5");
    execute("insert into conversations (title, created_at) values ('hello',"
        + " timestamp '2024-01-02 03:04:05')");
    execute("insert into messages (conversation_id, role, content, created_at) select id,"
        + " 'USER', 'hi', created_at from conversations");
    execute("insert into tasks (user_id, title, completed, created_at, priority) values"
        + " (7, 'write', false, timestamp '2024-01-02 03:04:05', 2)");

    assertThat(run("migrate")).contains("applied version 3", "applied version 4",
        "applied version 5", "is at version 5 of 5");

    assertThat(query("select c.subject, c.slug, m.content from conversations c join messages m"
        + " on m.conversation_id = c.id")).isEqualTo("hello|hello|hi");
    assertThat(query("select title, priority, position from tasks")).isEqualTo("write|2|0");
    assertThatThrownBy(() -> execute("insert into messages (conversation_id, role, content,"
        + " created_at) select id, 'ROBOT', 'beep', created_at from conversations"))
        .hasMessageContaining("cannot run");

    assertThat(run("downgrade", "2")).contains("is at version 2 of 5");
    assertThat(query("select c.title, m.content from conversations c join messages m on"
        + " m.conversation_id = c.id")).isEqualTo("hello|hi");
  }

  private void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run " + sql, e);
    }
  }

  /** The one row the query returns, its values joined by {@code |}. */
  private String query(String sql) {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      assertThat(rows.next()).as("a row from %s", sql).isTrue();
      List<String> values = new ArrayList<>();
      for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
        values.add(rows.getString(i));
      }
      assertThat(rows.next()).as("one row from %s", sql).isFalse();
      return String.join("|", values);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run " + sql, e);
    }
  }

  @Test
  void theSlugIsTheSubjectsWordsOrTheConversationsNumber() {
    assertThat(FillConversationSlugs.slug(3, " Hello, World! ")).isEqualTo("hello-world");
    assertThat(FillConversationSlugs.slug(3, "?!")).isEqualTo("conversation-3");
    assertThat(FillConversationSlugs.slug(4, null)).isEqualTo("conversation-4");
  }

  @Test
  void statusDoesNotMigrate() {
    assertThat(run("status")).contains("is at version 0 of 5").containsPattern("1 +PENDING");
  }

  @Test
  void badArgumentsSayHowToCallIt() {
    assertThatThrownBy(() -> run("downgrade", "one"))
        .hasMessage("downgrade needs a version number, not one; usage: [migrate | status |"
            + " downgrade VERSION] [--url JDBC-URL] [--user USER] [--password PASSWORD]");
  }
}
