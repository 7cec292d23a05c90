package dev.schemata.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemata.runtime.Migrator;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The developer's loop on a project laid out as Maven lays it out, with the real compiler and a
 * real H2 database: build version 1 and migrate; change an entity and see the build refuse it;
 * raise the version, build and migrate; downgrade.
 */
class EndToEndTest {
  @TempDir Path project;

  @Test
  void theWholeLoopFromAnEditedEntityToAnAppliedMigration() throws Exception {
    JdbcDataSource database = new JdbcDataSource();
    database.setURL("jdbc:h2:mem:e2e" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");

    writeSources(1, false);
    assertThat(compile()).isEmpty();
    assertThat(Files.list(project.resolve("src/main/schemata")).map(p -> p.getFileName()
        .toString()).sorted()).containsExactly("V0001__initial_shop.json", "schema.json");
    migrator(database).migrate();
    assertThat(columns(database, "CUSTOMERS")).containsExactly("ID", "NAME");
    Map<String, String> committed = schemaFiles();

    writeSources(1, true);
    List<String> errors = compile();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0)).startsWith("Customer.java:9: [SCH302] the entities changed since"
        + " version 1 (V0001__initial_shop.json) was written: customers: new column email"
        + " VARCHAR(255) NULL. Raise @SchemaVersion to 2");
    assertThat(schemaFiles()).isEqualTo(committed);

    writeSources(2, true);
    assertThat(compile()).isEmpty();
    assertThat(schemaFiles()).containsKey("V0002__add_customer_email.json");
    migrator(database).migrate();
    assertThat(columns(database, "CUSTOMERS")).containsExactly("ID", "NAME", "EMAIL");
    assertThat(migrator(database).status().currentVersion()).isEqualTo(2);

    migrator(database).downgradeTo(1);
    assertThat(columns(database, "CUSTOMERS")).containsExactly("ID", "NAME");
    assertThat(migrator(database).status().currentVersion()).isEqualTo(1);

    migrator(database).downgradeTo(0);
    assertThat(columns(database, "CUSTOMERS")).isEmpty();
  }

  private Migrator migrator(JdbcDataSource database) throws IOException {
    URLClassLoader classes = new URLClassLoader(
        new URL[] {project.resolve("target/classes").toUri().toURL()},
        getClass().getClassLoader());
    return Migrator.configure().dataSource(database).classLoader(classes).load();
  }

  private void writeSources(int version, boolean withEmail) throws IOException {
    String description = version == 1 ? "initial shop" : "add customer email";
    write("shop/package-info.java",
        "@dev.schemata.annotations.SchemaVersion(value = " + version + ", description = \""
            + description + "\")\npackage shop;\n");
    write("shop/Customer.java", String.join("\n",
        "package shop;",
        "",
        "import jakarta.persistence.*;",
        "",
        "@Entity @Table(name = \"customers\")",
        "public class Customer {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
        "  @Column(nullable = false, length = 100) String name;",
        withEmail ? "  String email;" : "",
        "}",
        ""));
  }

  private void write(String path, String content) throws IOException {
    Path file = project.resolve("src/main/java").resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  /** Compiles the project as Maven would; returns the errors as "File.java:line: message". */
  private List<String> compile() throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path classes = Files.createDirectories(project.resolve("target/classes"));
    Path generated = Files.createDirectories(
        project.resolve("target/generated-sources/annotations"));
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(project.resolve("src/main/java"))) {
      sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
      JavaCompiler.CompilationTask task = javac.getTask(new StringWriter(), files, diagnostics,
          List.of("-d", classes.toString(), "-s", generated.toString(),
              "-classpath", System.getProperty("java.class.path") + java.io.File.pathSeparator
                  + classes),
          null, files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(List.of(new SchemataProcessor()));
      task.call();
    }
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        String file = d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName()
            + ":" + d.getLineNumber() + ": ";
        errors.add(file + d.getMessage(Locale.ROOT));
      }
    }
    return errors;
  }

  private Map<String, String> schemaFiles() {
    return new TreeMap<>(ProcessorRun.files(project.resolve("src/main/schemata")));
  }

  private static List<String> columns(JdbcDataSource database, String table)
      throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Connection connection = database.getConnection();
        ResultSet rs = connection.getMetaData().getColumns(null, null, table, null)) {
      while (rs.next()) {
        columns.add(rs.getString("COLUMN_NAME"));
      }
    }
    return columns;
  }
}
