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
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Starts like an application would: migrates its database (an H2 file by default, or any
 * PostgreSQL, MySQL or MariaDB database given by {@code --url}) to the schema the entities
 * describe, then prints where the database stands. {@code status} only prints, and
 * {@code downgrade N} takes the database back to version N.
 */
public final class ExampleApp {
  static final String DEFAULT_URL = "jdbc:h2:file:./schemata-example";

  private ExampleApp() {}

  /**
   * Usage: {@code [migrate | status | downgrade N] [--url JDBC-URL] [--user USER]
   * [--password PASSWORD]}.
   */
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
    DataSource database = new DriverDataSource(command.url(), command.user(),
        command.password());
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
    out.println("tasks columns: " + String.join(", ", columns(database, "tasks")));
    return 0;
  }

  /** The table's columns, under its name as the engine folded it (H2 upper-cases). */
  private static List<String> columns(DataSource database, String table) {
    List<String> columns = new ArrayList<>();
    try (Connection connection = database.getConnection()) {
      for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
        try (ResultSet rs = connection.getMetaData().getColumns(connection.getCatalog(),
            connection.getSchema(), name, null)) {
          while (rs.next()) {
            columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the columns of " + table, e);
    }
    return columns.isEmpty() ? List.of("(no tasks table)") : columns;
  }
}
