package dev.schemata.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a chain of entities, each with basic columns, an index and a relation to the last. */
final class EntitySources {
  private EntitySources() {}

  static List<String> write(Path root, int count) throws IOException {
    Path folder = Files.createDirectories(root.resolve("bench/model"));
    List<String> files = new ArrayList<>();
    Path marker = folder.resolve("package-info.java");
    Files.writeString(marker, "@dev.schemata.annotations.SchemaVersion(1)\n"
        + "package bench.model;\n");
    files.add(marker.toString());
    for (int i = 1; i <= count; i++) {
      Path file = folder.resolve("Entity" + i + ".java");
      Files.writeString(file, source(i));
      files.add(file.toString());
    }
    return files;
  }

  private static String source(int i) {
    String relation = i == 1 ? ""
        : "  @ManyToOne @JoinColumn(name = \"parent_id\") private Entity" + (i - 1)
            + " parent;\n";
    return "package bench.model;\n\n"
        + "import jakarta.persistence.*;\n\n"
        + "@Entity\n"
        + "@Table(name = \"entity" + i + "\", indexes = @Index(columnList = \"name\"))\n"
        + "public class Entity" + i + " {\n"
        + "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;\n"
        + "  @Column(nullable = false, length = 200) private String name;\n"
        + "  @Column(length = 2000) private String note;\n"
        + "  private java.math.BigDecimal amount;\n"
        + "  private boolean done;\n"
        + "  private java.time.Instant createdAt;\n"
        + "  private java.time.LocalDate day;\n"
        + relation
        + "}\n";
  }
}
