package dev.schemata.processor.entity;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.schemata.processor.entity.EntityCapture.entity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.Sequence;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The sequences and tables behind generated ids, with Hibernate ORM 7's defaults. */
class EntityIdGenerationTest {

  private static EntityModel read(JavaFileObject... sources) {
    EntityCapture.Result result = EntityCapture.compile(sources);
    assertThat(result.compilation()).succeededWithoutWarnings();
    return result.model();
  }

  private static EntityModel readWith(List<String> options, JavaFileObject... sources) {
    EntityCapture.Result result = EntityCapture.compileWith(options, sources);
    // The capture processor does not claim the option that the reader reads, hence a warning.
    assertThat(result.compilation()).succeeded();
    return result.model();
  }

  @Test
  void theDefaultStrategyDrawsANumericIdFromASequenceNamedAfterTheTable() {
    EntityModel model = read(
        entity("Task", "@Entity public class Task { @Id @GeneratedValue private Long id; }"),
        entity("Note", "@Entity @Table(name = \"notes\") public class Note {",
            "  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) private int id;",
            "}"));

    assertThat(model.schema().sequences().values()).containsExactly(
        new Sequence("Task_SEQ", 1, 50), new Sequence("notes_SEQ", 1, 50));
    assertThat(model.schema().table("Task").orElseThrow().column("id").orElseThrow())
        .isEqualTo(Column.named("id").type(SqlType.BIGINT).build());
    assertThat(model.sources().table("Task_SEQ").orElseThrow().getSimpleName())
        .hasToString("id");
  }

  @Test
  void aUuidNeedsNoSchemaObject() {
    EntityModel model = read(entity("Token",
        "@Entity public class Token { @Id @GeneratedValue private UUID id; }"));

    assertThat(model.schema().sequences()).isEmpty();
    assertThat(model.schema().tables()).containsOnlyKeys("Token");
  }

  @Test
  void theUuidStrategyFillsAUuidOrAStringAndNeedsNoSchemaObject() {
    EntityModel model = read(
        entity("Token", "@Entity public class Token {",
            "  @Id @GeneratedValue(strategy = GenerationType.UUID) private UUID id;",
            "}"),
        entity("Device", "@Entity public class Device {",
            "  @Id @GeneratedValue(strategy = GenerationType.UUID) private String id;",
            "}"));

    assertThat(model.schema().sequences()).isEmpty();
    assertThat(model.schema().tables()).containsOnlyKeys("Device", "Token");
    assertThat(model.schema().table("Device").orElseThrow().column("id").orElseThrow())
        .isEqualTo(Column.named("id").type(SqlType.varchar(255)).build());
  }

  @Test
  void aSequenceGeneratorNamesTheSequenceAndSetsItsStartAndIncrement() {
    EntityModel model = read(
        entity("Task", "@Entity public class Task {",
            "  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"tasks\")",
            "  @SequenceGenerator(name = \"tasks\", sequenceName = \"task_ids\",",
            "      initialValue = 100, allocationSize = 10)",
            "  private long id;",
            "}"),
        entity("Label", "@Entity",
            "@SequenceGenerator(name = \"labels\")",
            "public class Label {",
            "  @Id @GeneratedValue(generator = \"labels\") private long id;",
            "}"),
        entity("Ghost", "@Entity public class Ghost {",
            "  @Id @GeneratedValue(generator = \"ghost_ids\") private long id;",
            "}"),
        entity("Local", "@Entity public class Local {",
            "  @Id @GeneratedValue @SequenceGenerator(name = \"local\", allocationSize = 1)",
            "  private long id;",
            "}"));

    assertThat(model.schema().sequences().values()).containsExactly(
        new Sequence("ghost_ids", 1, 50), new Sequence("labels", 1, 50),
        new Sequence("local", 1, 1), new Sequence("task_ids", 100, 10));
  }

  @Test
  void entitiesThatShareAGeneratorShareItsSequence() {
    EntityModel model = read(
        entity("Base", "@MappedSuperclass",
            "@SequenceGenerator(name = \"shared\", sequenceName = \"ids\", allocationSize = 20)",
            "public abstract class Base {",
            "  @Id @GeneratedValue(generator = \"shared\") protected Long id;",
            "}"),
        entity("Cat", "@Entity public class Cat extends Base { private String name; }"),
        entity("Dog", "@Entity public class Dog extends Base { private String name; }"));

    assertThat(model.schema().sequences().values()).containsExactly(new Sequence("ids", 1, 20));
    assertThat(model.schema().tables()).containsOnlyKeys("Cat", "Dog");
  }

  @Test
  void aHierarchyDrawsFromTheSequenceOfItsRoot() {
    EntityModel model = read(
        entity("Animal", "@Entity @Inheritance(strategy = InheritanceType.JOINED)",
            "public class Animal { @Id @GeneratedValue private Long id; }"),
        entity("Bird", "@Entity public class Bird extends Animal { private int wings; }"));

    assertThat(model.schema().sequences()).containsOnlyKeys("Animal_SEQ");
  }

  @Test
  void theTableStrategyKeepsItsCountersInHibernatesTable() {
    Table hibernateSequences = Table.named("hibernate_sequences")
        .column(Column.named("sequence_name").type(SqlType.varchar(255)))
        .column(Column.named("next_val").type(SqlType.BIGINT).nullable())
        .primaryKey("sequence_name")
        .build();

    EntityModel model = read(
        entity("Task", "@Entity public class Task {",
            "  @Id @GeneratedValue(strategy = GenerationType.TABLE) private Long id;",
            "}"),
        entity("Note", "@Entity public class Note {",
            "  @Id @GeneratedValue(strategy = GenerationType.TABLE) private Long id;",
            "}"),
        entity("Label", "@Entity public class Label {",
            "  @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = \"labels\")",
            "  @TableGenerator(name = \"labels\", table = \"id_blocks\", pkColumnName = \"kind\",",
            "      valueColumnName = \"next_block\")",
            "  private Long id;",
            "}"));

    assertThat(model.schema().sequences()).isEmpty();
    assertThat(model.schema().table("hibernate_sequences")).contains(hibernateSequences);
    assertThat(model.schema().table("id_blocks")).contains(Table.named("id_blocks")
        .column(Column.named("kind").type(SqlType.varchar(255)))
        .column(Column.named("next_block").type(SqlType.BIGINT).nullable())
        .primaryKey("kind")
        .build());
  }

  @Test
  void snakeCaseNamingAppliesToSequencesAndGeneratorTables() {
    EntityModel model = readWith(List.of("-Aschemata.naming=snake_case"),
        entity("TaskItem", "@Entity public class TaskItem {",
            "  @Id @GeneratedValue private Long id;",
            "}"),
        entity("NoteItem", "@Entity public class NoteItem {",
            "  @Id @GeneratedValue(strategy = GenerationType.TABLE, generator = \"NoteIds\")",
            "  private Long id;",
            "}"));

    assertThat(model.schema().sequences()).containsOnlyKeys("task_item_seq");
    assertThat(model.schema().tables()).containsOnlyKeys("note_item", "note_ids", "task_item");
  }

  @Test
  void derivedNamesLongerThanPostgresKeepsAreShortenedWithAHash() {
    String table = "a_table_with_a_rather_long_name_for_its_purpose";
    EntityModel model = read(entity("Item", "@Entity",
        "@Table(name = \"" + table + "\", indexes = {",
        "    @Index(columnList = \"another_long_column_name\"),",
        "    @Index(columnList = \"another_long_column_name_too\")})",
        "public class Item {",
        "  @Id private long id;",
        "  private String another_long_column_name;",
        "  private String another_long_column_name_too;",
        "}"));

    List<String> names = model.schema().table(table).orElseThrow().indexes().stream()
        .map(i -> i.name()).toList();
    String first = "ix_" + table + "_another_long_column_name";
    assertThat(names).containsExactlyInAnyOrder(Naming.fit(first), Naming.fit(first + "_too"));
    assertThat(names).allSatisfy(n -> assertThat(n).hasSize(63)
        .startsWith(first.substring(0, 54) + "_").matches(".*_[0-9a-f]{8}"));
    assertThat(names.get(0)).isNotEqualTo(names.get(1));
  }

  @Test
  void fitKeepsShortNamesAndHashesLongOnesDeterministically() {
    String exact = "x".repeat(63);

    assertThat(Naming.fit(exact)).isSameAs(exact);
    // The hashes are the SHA-256 of the whole names, computed outside Java.
    assertThat(Naming.fit("y".repeat(70))).isEqualTo("y".repeat(54) + "_a76b8d19");
    assertThat(Naming.fit("\u00e9".repeat(40)))
        .isEqualTo("\u00e9".repeat(27) + "_84fe2e03");
  }
}
