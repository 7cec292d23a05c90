package dev.schemata.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemata.runtime.ErrorCode;
import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.ops.AddColumn;
import dev.schemata.runtime.ops.AlterColumn;
import dev.schemata.runtime.ops.DropColumn;
import dev.schemata.runtime.ops.DropIndex;
import dev.schemata.runtime.ops.DropTable;
import dev.schemata.runtime.model.Index;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's pure pieces, without a process or a database. */
class PiecesTest {

  @Test
  void dataLossNamesDroppedTablesColumnsAndNarrowedTypes() {
    Column title = Column.named("title").type(SqlType.varchar(500)).build();
    assertThat(DataLoss.of(List.of(
        new DropIndex("tasks", new Index("ix", List.of("title"), false)),
        new DropColumn("tasks", title),
        new AlterColumn("tasks", title, Column.named("title").type(SqlType.varchar(100)).build()),
        new AlterColumn("tasks", title, Column.named("title").type(SqlType.CLOB).build()),
        new AddColumn("tasks", Column.named("n").type(SqlType.INTEGER).build()),
        new DropTable(Table.named("notes").column(Column.named("id").type(SqlType.INTEGER))
            .build())))).containsExactly(
        "the values of column tasks.title",
        "values of column tasks.title that do not fit VARCHAR(100) (now VARCHAR(500))",
        "every row of table notes");
    assertThat(DataLoss.narrows(SqlType.INTEGER, SqlType.BIGINT)).isFalse();
    assertThat(DataLoss.narrows(SqlType.BIGINT, SqlType.INTEGER)).isTrue();
    assertThat(DataLoss.narrows(SqlType.decimal(10, 2), SqlType.decimal(12, 2))).isFalse();
    assertThat(DataLoss.narrows(SqlType.decimal(10, 2), SqlType.decimal(10, 4))).isTrue();
    assertThat(DataLoss.narrows(SqlType.varchar(10), SqlType.INTEGER)).isTrue();
  }

  @Test
  void passwordsNeverShow() {
    assertThat(Redaction.url("jdbc:postgresql://db/app?user=ops&password=hunter22&ssl=true"))
        .isEqualTo("jdbc:postgresql://db/app?user=ops&password=****&ssl=true");
    assertThat(Redaction.url("jdbc:mariadb://ops:hunter22@db:3306/app"))
        .isEqualTo("jdbc:mariadb://ops:****@db:3306/app");
    assertThat(Redaction.text("login failed for hunter22 at jdbc:h2:mem:x;PASSWORD=abc",
        "hunter22")).isEqualTo("login failed for **** at jdbc:h2:mem:x;PASSWORD=****");
    assertThat(new ConnectionSettings("jdbc:h2:mem:x", "sa", "hunter22").toString())
        .isEqualTo("jdbc:h2:mem:x as sa");
  }

  @Test
  void optionsWinOverTheEnvironmentWhichWinsOverTheFile(@TempDir Path directory)
      throws Exception {
    Path file = directory.resolve("db.properties");
    Files.writeString(file, "url=jdbc:h2:mem:file\nuser=fromfile\npassword=p-file\n");
    Map<String, String> environment = Map.of("SCHEMATA_USER", "fromenv");

    assertThat(ConnectionSettings.resolve(null, null, null, environment, file))
        .isEqualTo(new ConnectionSettings("jdbc:h2:mem:file", "fromenv", "p-file"));
    assertThat(ConnectionSettings.resolve("jdbc:h2:mem:option", "opt", "p", environment, file))
        .isEqualTo(new ConnectionSettings("jdbc:h2:mem:option", "opt", "p"));
    assertThatThrownBy(() -> ConnectionSettings.resolve(null, null, null, Map.of(),
        directory.resolve("missing.properties"))).isInstanceOfSatisfying(CliException.class,
            e -> assertThat(e.exitCode()).isEqualTo(ExitCode.SETUP));
    assertThatThrownBy(() -> new ConnectionSettings(null, null, null).requireUrl("status"))
        .hasMessageStartingWith("status needs a database: pass --url");
  }

  @Test
  void dialectsAreFoundByNameInAnyCase() {
    assertThat(Dialects.names()).containsExactly("h2", "postgresql", "mysql", "mariadb");
    assertThat(Dialects.named("h2")).isSameAs(Dialect.H2);
    assertThat(Dialects.named("H2")).isSameAs(Dialect.H2);
    assertThat(Dialects.named("postgresql")).isSameAs(Dialect.POSTGRESQL);
    assertThat(Dialects.named("PostgreSQL")).isSameAs(Dialect.POSTGRESQL);
    assertThat(Dialects.named("mysql")).isSameAs(Dialect.MYSQL);
    assertThat(Dialects.named("MariaDB")).isSameAs(Dialect.MARIADB);
    assertThatThrownBy(() -> Dialects.named("oracle")).isInstanceOfSatisfying(
        CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
        .hasMessage("Unknown dialect 'oracle'. Use one of: h2, postgresql, mysql, mariadb.");
  }

  @Test
  void everyRuntimeErrorHasAnExitCode() {
    assertThat(Failure.exitCode(ErrorCode.FAILED_VERSION)).isEqualTo(ExitCode.HISTORY);
    assertThat(Failure.exitCode(ErrorCode.UNKNOWN_VERSION)).isEqualTo(ExitCode.SETUP);
    assertThat(Failure.exitCode(ErrorCode.SCHEMA_MISMATCH)).isEqualTo(ExitCode.DIFFERENCES);
    assertThat(Failure.exitCode(ErrorCode.UNDO_FAILED)).isEqualTo(ExitCode.FAILED);
    for (ErrorCode code : ErrorCode.values()) {
      assertThat(Failure.exitCode(code)).isBetween(1, 6);
    }
  }

  @Test
  void tablesAlignColumnsAndPaintWithoutCountingCodes() {
    StringWriter text = new StringWriter();
    new TextTable("Version", "State", "Description").painted(1, s -> "<" + s + ">")
        .row("1", "APPLIED", "first").row("10", "PENDING", "")
        .print(new PrintWriter(text, true));
    assertThat(text.toString()).isEqualTo("Version  State    Description\n"
        + "1        <APPLIED>  first\n"
        + "10       <PENDING>\n");
  }
}
