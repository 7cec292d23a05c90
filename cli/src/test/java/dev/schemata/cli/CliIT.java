package dev.schemata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemata.cli.CliProcess.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command of the executable jar, started as a process against the example application's
 * jar and a real database of each engine (H2, PostgreSQL, MariaDB): output, the shape of --json,
 * and exit codes. Each process start costs about half a second, so every run is asserted on as
 * much as it shows, and what needs no database runs once rather than per engine.
 */
class CliIT {
  private static final String EXAMPLE = CliProcess.EXAMPLE.toString();
  private static String versionTwoChecksum;

  @TempDir
  Path directory;

  private final List<Engine.Database> databases = new ArrayList<>();

  static List<Engine> engines() {
    return Engine.all();
  }

  @AfterEach
  void dropDatabases() {
    databases.forEach(Engine.Database::close);
  }

  private CliProcess cli() {
    return new CliProcess(directory);
  }

  private Engine.Database database(Engine engine, String name) {
    Engine.Database database = engine.create(directory, name);
    databases.add(database);
    return database;
  }

  /** The arguments, then the example application's class path and the database's options. */
  private static String[] on(Engine.Database database, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--classpath", EXAMPLE));
    all.addAll(database.options());
    return all.toArray(String[]::new);
  }

  @Test
  void historyNeedsNoDatabase() {
    CliProcess cli = cli();
    Run history = cli.run("history", "--classpath", EXAMPLE);
    assertThat(history.exitCode()).as(history.toString()).isZero();
    assertThat(history.out()).contains("The code has 5 versions (head 5).",
        "2  add task priority\n     add column tasks.priority INTEGER NULL\n"
            + "     create index ix_tasks_priority on tasks (priority)\n"
            + "   downgrade destroys: the values of column tasks.priority\n",
        "3  conversation subject and task position\n"
            + "     rename column conversations.title to subject\n",
        "4  conversation slugs\n     add column conversations.slug VARCHAR(200) NULL\n"
            + "     data dev.schemata.example.FillConversationSlugs\n",
        "5  message roles\n     alter column messages.role VARCHAR(20) NOT NULL to role"
            + " VARCHAR(20) NOT NULL VALUES ('USER', 'ASSISTANT', 'SYSTEM')\n");
    Map<String, Object> historyJson = JsonTree.object(
        cli.run("history", "--json", "--classpath", EXAMPLE).out());
    assertThat(historyJson).containsOnlyKeys("headVersion", "versions");
    assertThat(versions(historyJson).get(1)).containsOnlyKeys("version", "description",
        "checksum", "upgrade", "downgrade", "downgradeDestroys")
        .containsEntry("downgradeDestroys", List.of("the values of column tasks.priority"));
  }

  @Test
  void scriptWritesTheSqlOfEachDialectWithoutADatabase() {
    CliProcess cli = cli();
    Map<String, String> typical = Map.of(
        "h2", "completed boolean not null",
        "postgresql", "created_at timestamp(6) with time zone not null",
        "mysql", "id bigint auto_increment not null",
        "mariadb", "completed bit not null");
    Map<String, String> engineNames = Map.of("h2", "H2", "postgresql", "PostgreSQL",
        "mysql", "MySQL", "mariadb", "MariaDB");
    for (String dialect : List.of("h2", "postgresql", "mysql", "mariadb")) {
      Run script = cli.run("script", "--from", "0", "--to", "2", "--dialect", dialect,
          "--classpath", EXAMPLE);
      assertThat(script.exitCode()).as(script.toString()).isZero();
      assertThat(script.out()).startsWith("-- Schemata upgrade from version 0 to 2 ("
          + engineNames.get(dialect) + ")\n")
          .contains("-- version 1: tasks and conversations\ncreate table conversations",
              typical.get(dialect),
              "-- version 2: add task priority\nalter table tasks add column priority integer;"
                  + "\ncreate index ix_tasks_priority on tasks (priority);\n");
    }

    Run down = cli.run("script", "--from", "2", "--to", "0", "--dialect", "MySQL", "--json",
        "--classpath", EXAMPLE);
    assertThat(down.exitCode()).as(down.toString()).isZero();
    Map<String, Object> json = JsonTree.object(down.out());
    assertThat(json).containsOnlyKeys("from", "to", "direction", "dialect", "versions")
        .containsEntry("direction", "downgrade").containsEntry("dialect", "MySQL");
    assertThat(versions(json).get(0)).containsEntry("statements", List.of(
        "drop index ix_tasks_priority on tasks", "alter table tasks drop column priority"));

    Run unknown = cli.run("script", "--from", "0", "--dialect", "oracle", "--classpath",
        EXAMPLE);
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unknown dialect 'oracle'. Use one of: h2, postgresql,"
        + " mysql, mariadb.");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void statusScriptMigrateAndDowngrade(Engine engine) throws SQLException {
    Engine.Database db = database(engine, "loop");
    CliProcess cli = cli();

    Run pending = cli.run(on(db, "status"));
    assertThat(pending.exitCode()).as(pending.toString()).isEqualTo(1);
    assertThat(pending.out()).contains("is at version 0 of 5 (5 pending).")
        .containsPattern("1 +PENDING +tasks and conversations");

    // A dry run detects the engine and prints what --dialect names offline.
    Run offline = cli.run("script", "--from", "0", "--to", "5", "--dialect", engine.dialect(),
        "--classpath", EXAMPLE);
    assertThat(offline.exitCode()).as(offline.toString()).isZero();
    assertThat(offline.out()).contains("-- version 1: tasks and conversations\n",
        "-- version 2: add task priority\n",
        "-- version 3: conversation subject and task position\n",
        "-- version 4: conversation slugs\n",
        "-- upgrade of data step dev.schemata.example.FillConversationSlugs (runs only through"
            + " the Migrator);\n",
        "-- version 5: message roles\n");
    Run dryRun = cli.run(on(db, "script"));
    assertThat(dryRun.out()).isEqualTo(offline.out()).contains("(" + engine + ")");

    Run first = cli.run(on(db, "migrate", "--to", "1"));
    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(first.out()).containsPattern(
        "upgrading to version 1 \\(tasks and conversations\\) \\.\\.\\. \\d+ ms\n")
        .doesNotContain("version 2");
    assertThat(cli.run(on(db, "script")).out()).contains("-- version 2")
        .doesNotContain("-- version 1");

    Map<String, Object> migrated = JsonTree.object(cli.run(on(db, "migrate", "--json")).out());
    assertThat(migrated).containsOnlyKeys("initialVersion", "currentVersion", "headVersion",
        "applied").containsEntry("initialVersion", 1L).containsEntry("currentVersion", 5L);
    assertThat(list(migrated, "applied")).hasSize(4).allSatisfy(v -> assertThat(map(v))
        .containsOnlyKeys("version", "description", "executionMs"))
        .extracting(v -> map(v).get("version")).containsExactly(2L, 3L, 4L, 5L);

    Run atHead = cli.run(on(db, "status", "--json"));
    assertThat(atHead.exitCode()).isZero();
    Map<String, Object> status = JsonTree.object(atHead.out());
    assertThat(status).containsOnlyKeys("url", "currentVersion", "headVersion", "atHead",
        "versions").containsEntry("atHead", true).containsEntry("currentVersion", 5L);
    assertThat(versions(status)).allSatisfy(v -> assertThat(v).containsOnlyKeys("version",
        "description", "state", "appliedAt", "appliedBy", "executionMs")
        .containsEntry("state", "APPLIED"));
    assertThat(cli.run(on(db, "migrate")).out()).contains("nothing to migrate");

    // Version 5 only restricts a column's values; version 4 destroys some.
    Run unconfirmed = cli.run(on(db, "downgrade", "--steps", "2"));
    assertThat(unconfirmed.exitCode()).isEqualTo(7);
    assertThat(unconfirmed.out()).contains("version 4  conversation slugs:"
        + " destroys the values of column conversations.slug");
    assertThat(unconfirmed.err()).contains("Pass --yes");

    Run down = cli.run(on(db, "downgrade", "--steps", "2", "--yes"));
    assertThat(down.exitCode()).as(down.toString()).isZero();
    assertThat(down.out()).containsPattern("reverting version 4 \\(conversation slugs\\)"
        + " \\.\\.\\. \\d+ ms\n").contains("Database is at version 3.");
    Map<String, Object> empty = JsonTree.object(
        cli.run(on(db, "downgrade", "--to", "0", "--yes", "--json")).out());
    assertThat(empty).containsEntry("currentVersion", 0L);
    assertThat(list(empty, "reverted")).hasSize(3).last().satisfies(v -> assertThat(map(v))
        .containsOnlyKeys("version", "description", "executionMs", "destroyed")
        .containsEntry("destroyed", List.of("every row of table tasks",
            "every row of table messages", "every row of table conversations")));
    Run none = cli.run(on(db, "status"));
    assertThat(none.exitCode()).isEqualTo(1);
    assertThat(none.out()).contains("is at version 0 of 5");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void validateReportsDriftMadeByHand(Engine engine) throws SQLException {
    Engine.Database db = database(engine, "drift");
    CliProcess cli = cli();
    assertThat(cli.run(on(db, "migrate")).exitCode()).isZero();
    Run clean = cli.run(on(db, "validate"));
    assertThat(clean.exitCode()).as(clean.toString()).isZero();
    assertThat(clean.out()).contains("The schema matches version 5.");

    db.execute(engine.drift().toArray(String[]::new));

    Run drift = cli.run(on(db, "validate"));
    assertThat(drift.exitCode()).as(drift.toString()).isEqualTo(1);
    assertThat(drift.out()).contains("The schema differs from version 5 in 2 places:\n"
        + "  tasks: missing index ix_tasks_priority (priority)\n"
        + "  tasks.title: VARCHAR(500) expected, VARCHAR(1000) found\n");
    Run json = cli.run(on(db, "validate", "--json"));
    assertThat(json.exitCode()).isEqualTo(1);
    Map<String, Object> result = JsonTree.object(json.out());
    assertThat(result).containsOnlyKeys("url", "currentVersion", "valid", "differences")
        .containsEntry("valid", false);
    assertThat(list(result, "differences")).extracting(d -> map(d).get("column"))
        .containsExactly(null, "title");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void baselineAdoptsHandMadeDatabasesThenMigrateGoesOn(Engine engine) throws SQLException {
    CliProcess cli = cli();
    Engine.Database atTwo = database(engine, "hand2");
    atTwo.execute(engine.handMadeVersion2().toArray(String[]::new));

    String priority = engine.unquoted("priority");
    Run refused = cli.run(on(atTwo, "baseline", "--version", "1"));
    assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
    assertThat(refused.err()).contains("[SCHEMA_MISMATCH] The live schema is not the schema"
        + " of version 1; it differs in 2 places",
        "tasks." + priority + ": unexpected column " + priority + " INTEGER NULL",
        "tasks: unexpected index " + engine.unquoted("ix_tasks_priority") + " (" + priority
            + ")");
    Run baseline = cli.run(on(atTwo, "baseline", "--version", "2", "--json"));
    assertThat(baseline.exitCode()).as(baseline.toString()).isZero();
    assertThat(JsonTree.object(baseline.out())).containsEntry("version", 2L)
        .containsEntry("recorded", List.of(1L, 2L)).containsEntry("differences", List.of());
    Run third = cli.run(on(atTwo, "migrate"));
    assertThat(third.exitCode()).as(third.toString()).isZero();
    assertThat(third.out()).contains("upgrading to version 3");
    assertThat(cli.run(on(atTwo, "status")).exitCode()).isZero();
    assertThat(cli.run(on(atTwo, "validate")).exitCode()).isZero();
    assertThat(cli.run(on(atTwo, "baseline", "--version", "2")).exitCode()).isEqualTo(5);

    Engine.Database atOne = database(engine, "hand1");
    atOne.execute(engine.handMadeVersion1().toArray(String[]::new));
    Run one = cli.run(on(atOne, "baseline", "--version", "1"));
    assertThat(one.exitCode()).as(one.toString()).isZero();
    assertThat(one.out()).contains("Recorded version 1 as applied", "matches version 1");
    Run rest = cli.run(on(atOne, "migrate"));
    assertThat(rest.exitCode()).as(rest.toString()).isZero();
    assertThat(rest.out()).contains("upgrading to version 2 (add task priority)");
    Run valid = cli.run(on(atOne, "validate"));
    assertThat(valid.exitCode()).as(valid.toString()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("engines")
  void aFailedVersionShowsInStatusUntilRepaired(Engine engine) throws SQLException {
    Engine.Database db = database(engine, "failed");
    CliProcess cli = cli();
    assertThat(cli.run(on(db, "migrate", "--to", "1")).exitCode()).isZero();
    // What the runtime leaves when version 2 fails and undoing it fails too: its first
    // operation in effect, and the version recorded as failed. PostgreSQL never leaves this,
    // as it rolls a failed version back whole; a database moved there from another engine can.
    db.execute("alter table tasks add column priority integer",
        "insert into schemata_history (version, description, checksum, applied_at, applied_by,"
            + " execution_ms, success) values (2, 'add task priority [upgrade failed; left"
            + " applied: add column tasks.priority INTEGER NULL]', '"
            + versionTwoChecksum(cli) + "', current_timestamp, 'dba', 3, false)");

    Run status = cli.run(on(db, "status"));
    assertThat(status.exitCode()).as(status.toString()).isEqualTo(5);
    assertThat(status.out()).containsPattern("2 +FAILED ");
    Run refused = cli.run(on(db, "migrate"));
    assertThat(refused.exitCode()).isEqualTo(5);
    assertThat(refused.err()).contains("[FAILED_VERSION] Version 2 is recorded as failed");

    db.execute("alter table tasks drop column priority");
    Run repair = cli.run(on(db, "repair"));
    assertThat(repair.exitCode()).as(repair.toString()).isZero();
    assertThat(repair.out()).contains("Removed failed version 2 from the history.");
    assertThat(JsonTree.object(cli.run(on(db, "repair", "--json")).out()))
        .containsExactly(Map.entry("removed", List.of()), Map.entry("realigned", List.of()));
    Run again = cli.run(on(db, "migrate"));
    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(again.out()).contains("upgrading to version 2");
    assertThat(cli.run(on(db, "status")).exitCode()).isZero();
  }

  /** The checksum history --json shows for version 2, asked for once per test run. */
  private static synchronized String versionTwoChecksum(CliProcess cli) {
    if (versionTwoChecksum == null) {
      versionTwoChecksum = (String) versions(JsonTree.object(
          cli.run("history", "--json", "--classpath", EXAMPLE).out())).get(1).get("checksum");
    }
    return versionTwoChecksum;
  }

  @Test
  void errorsTakeOneLineAndSayWhatToDo() throws Exception {
    CliProcess cli = cli();
    Engine.Database db = new Engine.H2().create(directory, "errors");

    Run noMigrations = cli.run("status", "--url", db.url());
    assertThat(noMigrations.exitCode()).isEqualTo(4);
    assertThat(noMigrations.err()).startsWith("error: No migrations found on the class path")
        .contains("--classpath app.jar").hasLineCount(1);

    Run noUrl = cli.run("status", "--classpath", EXAMPLE);
    assertThat(noUrl.exitCode()).isEqualTo(2);
    assertThat(noUrl.err()).contains("pass --url JDBC-URL, set SCHEMATA_URL");

    Run unknown = cli.run(on(db, "migrate", "--to", "9"));
    assertThat(unknown.exitCode()).isEqualTo(4);
    assertThat(unknown.err()).contains("There is no version 9").hasLineCount(1);
    assertThat(cli.run(on(db, "downgrade", "--to", "9", "--yes")).exitCode()).isEqualTo(4);

    Run unreachable = cli.run("status", "--classpath", EXAMPLE,
        "--url", "jdbc:h2:tcp://127.0.0.1:1/nowhere");
    assertThat(unreachable.exitCode()).isEqualTo(3);
    assertThat(unreachable.err()).startsWith("error: Cannot reach the database")
        .hasLineCount(1).doesNotContain("\tat ");

    Run noDriver = cli.run("status", "--classpath", EXAMPLE,
        "--url", "jdbc:nosuchdb://host/db");
    assertThat(noDriver.exitCode()).isEqualTo(4);
    assertThat(noDriver.err()).contains("add the driver's jar with --driver-path");

    // A database that only the right password opens.
    Engine.Database locked = new Engine.Database(db.url() + "-locked", "admin", "s3cret-pass");
    locked.execute("create table t (id int)");
    Run wrong = cli.run("status", "--classpath", EXAMPLE, "--url",
        locked.url(), "--user", "admin", "--password", "wrong-password");
    assertThat(wrong.exitCode()).isEqualTo(3);
    assertThat(wrong.err()).startsWith("error: The database refused the credentials")
        .contains("Check --user and --password").doesNotContain("wrong-password")
        .hasLineCount(1);
    Run verbose = cli.run("status", "--verbose", "--classpath",
        EXAMPLE, "--url", locked.url(), "--user", "admin", "--password",
        "wrong-password");
    assertThat(verbose.err()).contains("\tat ");
    Run json = cli.run("status", "--json", "--classpath", EXAMPLE,
        "--url", locked.url(), "--user", "admin", "--password", "wrong-password");
    assertThat(map(JsonTree.object(json.out()).get("error")))
        .containsOnlyKeys("code", "exitCode", "message").containsEntry("exitCode", 3L);

    Run usage = cli.run("migrate", "--bogus");
    assertThat(usage.exitCode()).isEqualTo(2);
    assertThat(usage.err()).contains("Unknown option: '--bogus'");
  }

  @Test
  void theConnectionComesFromTheEnvironmentOrAPropertiesFile() throws Exception {
    Engine.Database db = new Engine.H2().create(directory, "settings");
    Run fromEnvironment = cli().env("SCHEMATA_URL", db.url()).env("SCHEMATA_USER", "sa")
        .run("migrate", "--classpath", EXAMPLE);
    assertThat(fromEnvironment.exitCode()).as(fromEnvironment.toString()).isZero();

    Path config = directory.resolve("schemata.properties");
    Files.writeString(config, "url=" + db.url() + "\nuser=sa\npassword=\n");
    Run fromFile = cli().run("status", "--config", config.toString(),
        "--classpath", EXAMPLE);
    assertThat(fromFile.exitCode()).as(fromFile.toString()).isZero();
    assertThat(fromFile.out()).contains("is at version 5 of 5.");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> versions(Map<String, Object> json) {
    return (List<Map<String, Object>>) json.get("versions");
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Map<String, Object> json, String key) {
    return (List<Object>) json.get(key);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }
}
