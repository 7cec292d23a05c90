package dev.schemata.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
        "applied version 2 (add task priority)", "is at version 2 of 2",
        "tasks columns: id, user_id, title, description, completed, created_at, updated_at,"
            + " priority");

    assertThat(run()).doesNotContain("applied version").contains("is at version 2 of 2");

    String down = run("downgrade", "1");
    assertThat(down).contains("downgraded from version 2 to 1", "is at version 1 of 2")
        .containsPattern("2 +PENDING")
        .contains("tasks columns: id, user_id, title, description, completed, created_at,"
            + " updated_at\n");

    assertThat(run("downgrade", "0")).contains("is at version 0 of 2",
        "tasks columns: (no tasks table)");
    assertThat(run("migrate")).contains("applied version 1", "applied version 2");
  }

  @Test
  void statusDoesNotMigrate() {
    assertThat(run("status")).contains("is at version 0 of 2").containsPattern("1 +PENDING");
  }

  @Test
  void badArgumentsSayHowToCallIt() {
    assertThatThrownBy(() -> run("downgrade", "one"))
        .hasMessage("downgrade needs a version number, not one; usage: [migrate | status |"
            + " downgrade VERSION] [--url JDBC-URL] [--user USER] [--password PASSWORD]");
  }
}
