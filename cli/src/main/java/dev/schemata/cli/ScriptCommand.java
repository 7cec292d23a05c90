package dev.schemata.cli;

import dev.schemata.runtime.Migrator;
import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.jdbc.DialectDetector;
import dev.schemata.runtime.ops.VersionedMigration;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code script}: the SQL of a range of versions, for a person to review or run. */
@Command(name = "script", description = {"Print the SQL of a range of versions, or a dry run.", "",
    "Prints the SQL of an upgrade (--from below --to) or"
    + " a downgrade (--from above --to) for a DBA to review or run by hand. With --from it needs"
    + " no database, only --dialect. Without --from it connects, and prints what migrate would"
    + " run now (to the head, or to --to): a dry run. The statements do not update"
    + " schemata_history."})
final class ScriptCommand extends DatabaseCommand {
  @Option(names = "--from", paramLabel = "VERSION",
      description = "The version to start from; the database's current one when not given.")
  Integer from;

  @Option(names = "--to", paramLabel = "VERSION",
      description = "The version to reach; the head when not given.")
  Integer to;

  @Option(names = "--dialect", paramLabel = "NAME",
      description = "The engine to write SQL for: h2, postgresql, mysql or mariadb; detected"
          + " from the database when connected.")
  String dialect;

  /** The statements of one version in the script. */
  private record Part(int version, String description, List<String> statements) {}

  @Override
  int run() {
    Migrator migrator;
    int start;
    Dialect engine;
    if (from != null) {
      if (dialect == null) {
        throw new CliException(ExitCode.USAGE, "script --from writes SQL without a database and"
            + " needs --dialect; use one of: " + Dialects.listed()
            + ".");
      }
      migrator = configure().load();
      start = from;
      engine = Dialects.named(dialect);
    } else {
      migrator = migrator();
      start = migrator.status().currentVersion();
      engine = dialect != null ? Dialects.named(dialect) : detect();
    }
    List<VersionedMigration> versions = migrator.migrations();
    int end = to != null ? to
        : versions.isEmpty() ? 0 : versions.get(versions.size() - 1).version();
    // Validates both versions before anything is printed.
    migrator.script(start, end, engine);
    List<Part> parts = parts(migrator, versions, start, end, engine);
    print(out(), start, end, engine, parts);
    return ExitCode.OK;
  }

  private static List<Part> parts(Migrator migrator, List<VersionedMigration> versions,
      int start, int end, Dialect engine) {
    List<Part> parts = new ArrayList<>();
    boolean up = start <= end;
    List<VersionedMigration> range = versions.stream()
        .filter(v -> v.version() > Math.min(start, end) && v.version() <= Math.max(start, end))
        .toList();
    for (int i = 0; i < range.size(); i++) {
      VersionedMigration version = up ? range.get(i) : range.get(range.size() - 1 - i);
      int below = range.indexOf(version) == 0 ? Math.min(start, end)
          : range.get(range.indexOf(version) - 1).version();
      String sql = up ? migrator.script(below, version.version(), engine)
          : migrator.script(version.version(), below, engine);
      parts.add(new Part(version.version(), version.description(), statements(sql)));
    }
    return parts;
  }

  private static List<String> statements(String script) {
    return Arrays.stream(script.split(";\n")).filter(s -> !s.isBlank()).toList();
  }

  private void print(PrintWriter out, int start, int end, Dialect engine, List<Part> parts) {
    String direction = start <= end ? "upgrade" : "downgrade";
    if (output.json) {
      Json.object(out, json -> {
        json.writeNumberField("from", start);
        json.writeNumberField("to", end);
        json.writeStringField("direction", direction);
        json.writeStringField("dialect", engine.name());
        json.writeArrayFieldStart("versions");
        for (Part part : parts) {
          json.writeStartObject();
          json.writeNumberField("version", part.version());
          json.writeStringField("description", part.description());
          Json.strings(json, "statements", part.statements());
          json.writeEndObject();
        }
        json.writeEndArray();
      });
      return;
    }
    out.println("-- Schemata " + direction + " from version " + start + " to " + end + " ("
        + engine.name() + ")");
    out.println("-- These statements do not record anything in schemata_history.");
    if (parts.isEmpty()) {
      out.println("-- Nothing to do.");
    }
    for (Part part : parts) {
      out.println();
      out.println("-- version " + part.version() + ": " + part.description());
      part.statements().forEach(statement -> out.println(statement + ";"));
    }
  }

  private Dialect detect() {
    try (Connection connection = DriverDataSource.of(settings(), loader()).getConnection()) {
      String product = DialectDetector.productName(connection);
      return DialectDetector.forProductName(product).orElseThrow(() -> new CliException(
          ExitCode.SETUP, "No dialect is known for the database product '" + product
              + "'. Pass one with --dialect: " + Dialects.listed()
              + "."));
    } catch (SQLException e) {
      throw new CliException(ExitCode.DATABASE, "Cannot connect to detect the dialect: "
          + e.getMessage(), e);
    }
  }
}
