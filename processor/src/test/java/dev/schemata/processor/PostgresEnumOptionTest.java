package dev.schemata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -Aschemata.postgresEnums}: what the processor writes, and switching it later. */
class PostgresEnumOptionTest {
  private static final List<String> NATIVE = List.of("-Aschemata.postgresEnums=native");
  private static final List<String> CHECK = List.of();

  @TempDir Path root;

  private static final JavaFileObject TICKET = JavaFileObjects.forSourceLines("desk.Ticket",
      "package desk;",
      "",
      "import jakarta.persistence.*;",
      "",
      "@Entity",
      "@Table(name = \"tickets\")",
      "public class Ticket {",
      "  public enum Status { OPEN, WAITING, CLOSED }",
      "  @Id Long id;",
      "  @Enumerated(EnumType.STRING) @Column(nullable = false, length = 16) Status status;",
      "}");

  private static JavaFileObject marker(int version, String description) {
    return JavaFileObjects.forSourceLines("desk.package-info",
        "@dev.schemata.annotations.SchemaVersion(value = " + version + ", description = \""
            + description + "\")",
        "package desk;");
  }

  private Compilation compile(Path dir, List<String> options, int version, String description) {
    return ProcessorRun.compile(dir, List.of(), options, marker(version, description), TICKET);
  }

  @Test
  void writesTheEnumTypeIntoTheVersionAndTheMigrationTheSameOnEveryBuild() throws IOException {
    Path dir = root.resolve("schemata");
    Compilation first = compile(dir, NATIVE, 1, "tickets");
    assertThat(first).succeededWithoutWarnings();
    Map<String, String> files = ProcessorRun.files(dir);

    Golden.assertMatches("processor/V0001__tickets.json", files.get("V0001__tickets.json"));
    Golden.assertMatches("processor/V0001_Tickets.java", source(first, "desk.V0001_Tickets"));

    Compilation second = compile(dir, NATIVE, 1, "tickets");
    assertThat(second).succeededWithoutWarnings();
    assertThat(ProcessorRun.files(dir)).isEqualTo(files);
    assertThat(source(second, "desk.V0001_Tickets")).isEqualTo(source(first,
        "desk.V0001_Tickets"));
  }

  @Test
  void switchingTheOptionIsAChangeOfTheColumnInBothDirections() {
    Path dir = root.resolve("schemata");
    assertThat(compile(dir, CHECK, 1, "tickets")).succeededWithoutWarnings();

    Compilation unraised = compile(dir, NATIVE, 1, "tickets");
    assertThat(unraised).hadErrorContaining("[SCH302] the entities changed since version 1 "
        + "(V0001__tickets.json) was written: tickets: column status: check constraint -> "
        + "enum type Status.");

    assertThat(compile(dir, NATIVE, 2, "native statuses")).succeededWithoutWarnings();
    assertThat(ProcessorRun.files(dir).get("V0002__native_statuses.json"))
        .contains("\"op\": \"alterColumn\"").contains("\"enumType\": \"Status\"");

    assertThat(compile(dir, CHECK, 2, "native statuses")).hadErrorContaining(
        "tickets: column status: enum type Status -> check constraint.");
    assertThat(compile(dir, CHECK, 3, "checked statuses")).succeededWithoutWarnings();
    assertThat(ProcessorRun.files(dir)).containsKey("V0003__checked_statuses.json");
  }

  private static String source(Compilation compilation, String type) {
    try {
      return compilation.generatedSourceFile(type)
          .orElseThrow(() -> new AssertionError("not generated: " + type))
          .getCharContent(true).toString();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
