package dev.schemata.example;

import dev.schemata.runtime.DowngradeResult;
import dev.schemata.runtime.MigrateResult;
import dev.schemata.runtime.Migrator;
import dev.schemata.runtime.SchemataException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Starts like an application would: migrates its H2 file database to the schema the entities
 * describe, then prints where the database stands. {@code status} only prints, and
 * {@code downgrade N} takes the database back to version N.
 */
public final class ExampleApp {
  static final String DEFAULT_URL = "jdbc:h2:file:./schemata-example";

  private ExampleApp() {}

  /** Usage: {@code [migrate | status | downgrade N] [--url JDBC-URL]}. */
  public static void main(String[] args) {
    try {
      System.exit(run(args, System.out));
    } catch (IllegalArgumentException | SchemataException e) {
      System.err.println(e.getMessage());
      System.exit(e instanceof SchemataException ? 1 : 2);
    }
  }

  static int run(String[] args, PrintStream out) {
    Command command = Command.parse(args);
    JdbcDataSource database = new JdbcDataSource();
    database.setURL(command.url());
    Migrator migrator = Migrator.configure().dataSource(database).load();
    switch (command.verb()) {
      case "migrate" -> {
        MigrateResult result = migrator.migrate();
        result.applied().forEach(v -> out.printf("applied version %d (%s) in %d ms%n",
            v.version(), v.description(), v.executionTime().toMillis()));
      }
      case "downgrade" -> {
        DowngradeResult result = migrator.downgradeTo(command.target());
        out.printf("downgraded from version %d to %d%n", result.initialVersion(),
            result.currentVersion());
      }
      default -> { }
    }
    StatusPrinter.print(migrator.status(), command.url(), out);
    out.println("tasks columns: " + String.join(", ", columns(database, "TASKS")));
    return 0;
  }

  private static List<String> columns(DataSource database, String table) {
    List<String> columns = new ArrayList<>();
    try (Connection connection = database.getConnection();
        ResultSet rs = connection.getMetaData().getColumns(null, null, table, null)) {
      while (rs.next()) {
        columns.add(rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the columns of " + table, e);
    }
    return columns.isEmpty() ? List.of("(no tasks table)") : columns;
  }
}
