package dev.schemata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.schemata.processor.store.SchemaStore;
import dev.schemata.processor.store.StoreException;
import dev.schemata.runtime.diff.ChangeSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Safe evolution through the processor: what {@code @RenamedFrom} renames, the fills of new NOT
 * NULL columns, and the diagnostics before data is lost, each over two builds of a project.
 */
class EvolutionTest {
  @TempDir Path root;
  private Path dir;

  @BeforeEach
  void schemaFolder() {
    dir = root.resolve("schemata");
  }

  private static JavaFileObject marker(int version) {
    return Sources.marker(version, "v" + version);
  }

  private static JavaFileObject source(String type, String... lines) {
    List<String> all = new ArrayList<>(List.of("package shop;", "",
        "import jakarta.persistence.*;", "import dev.schemata.annotations.*;",
        "import java.util.*;", ""));
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines("shop." + type, all);
  }

  private Compilation build(int version, JavaFileObject... entities) {
    return build(version, List.of(), entities);
  }

  private Compilation build(int version, List<String> options, JavaFileObject... entities) {
    List<JavaFileObject> sources = new ArrayList<>(List.of(entities));
    sources.add(0, marker(version));
    return ProcessorRun.compile(dir, List.of(), options, sources.toArray(JavaFileObject[]::new));
  }

  /** The changes of one written version, one line per operation. */
  private List<String> changes(int version) throws StoreException {
    return ChangeSummary.of(new SchemaStore(dir).readHistory().version(version).orElseThrow()
        .operations()).stream().map(ChangeSummary.Change::toString).toList();
  }

  private static JavaFileObject conversation(String name, String renamedFrom) {
    return source(name,
        renamedFrom == null ? "@Entity" : "@Entity @RenamedFrom(\"" + renamedFrom + "\")",
        "public class " + name + " {",
        "  @Id Long id;",
        "  String title;",
        "  @ElementCollection Set<String> tags;",
        "}");
  }

  private static JavaFileObject message(String target) {
    return source("Message",
        "@Entity",
        "public class Message {",
        "  @Id Long id;",
        "  @ManyToOne " + target + " conversation;",
        "}");
  }

  @Test
  void aRenamedEntityRenamesItsTableAndTheNamesDerivedFromItKeepingKeysIntoIt()
      throws StoreException {
    assertThat(build(1, conversation("Conversation", null), message("Conversation")))
        .succeeded();

    Compilation compilation = build(2, conversation("Thread", "Conversation"),
        message("Thread"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(changes(2)).containsExactly(
        "Thread: renamed table Conversation to Thread",
        "Thread_tags: renamed table Conversation_tags to Thread_tags",
        "Thread_tags.Thread_id: renamed column Conversation_id to Thread_id",
        "Thread_tags.Thread_id: dropped foreign key fk_conversation_tags_conversation_id"
            + " (Thread_id) -> Thread (id)",
        "Thread_tags: dropped unique constraint uk_conversation_tags_conversation_id_tags"
            + " (Thread_id, tags)",
        "Thread_tags: new unique constraint uk_thread_tags_thread_id_tags (Thread_id, tags)",
        "Thread_tags.Thread_id: new foreign key fk_thread_tags_thread_id (Thread_id) ->"
            + " Thread (id)");
  }

  @Test
  void aRenamedEntityWithAPinnedTableRenamesOnlyTheNamesDerivedFromItsEntityName()
      throws StoreException {
    JavaFileObject label = source("Label", "@Entity public class Label { @Id Long id; }");
    assertThat(build(1, label, pinned("Conversation", null))).succeeded();

    Compilation compilation = build(2, label, pinned("Thread", "Conversation"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(changes(2)).containsExactly(
        "Thread_tags: renamed table Conversation_tags to Thread_tags",
        "Thread_tags.Thread_id: renamed column Conversation_id to Thread_id",
        "conversations_Label.Thread_id: renamed column Conversation_id to Thread_id",
        "Thread_tags.Thread_id: dropped foreign key fk_conversation_tags_conversation_id"
            + " (Thread_id) -> conversations (id)",
        "conversations_Label.Thread_id: dropped foreign key"
            + " fk_conversations_label_conversation_id (Thread_id) -> conversations (id)",
        "Thread_tags: dropped unique constraint uk_conversation_tags_conversation_id_tags"
            + " (Thread_id, tags)",
        "Thread_tags: new unique constraint uk_thread_tags_thread_id_tags (Thread_id, tags)",
        "Thread_tags.Thread_id: new foreign key fk_thread_tags_thread_id (Thread_id) ->"
            + " conversations (id)",
        "conversations_Label.Thread_id: new foreign key fk_conversations_label_thread_id"
            + " (Thread_id) -> conversations (id)");
  }

  private static JavaFileObject pinned(String name, String renamedFrom) {
    return source(name,
        (renamedFrom == null ? "@Entity" : "@Entity @RenamedFrom(\"" + renamedFrom + "\")")
            + " @Table(name = \"conversations\")",
        "public class " + name + " {",
        "  @Id Long id;",
        "  @ElementCollection Set<String> tags;",
        "  @ManyToMany Set<Label> labels;",
        "}");
  }

  @Test
  void aRenamedAttributeRenamesItsColumnInsideItsIndex() throws StoreException {
    assertThat(build(1, source("Task",
        "@Entity @Table(name = \"tasks\", indexes = @Index(name = \"ix_tasks_title\","
            + " columnList = \"title\"))",
        "public class Task { @Id Long id; String title; }"))).succeeded();

    Compilation compilation = build(2, source("Task",
        "@Entity @Table(name = \"tasks\", indexes = @Index(name = \"ix_tasks_title\","
            + " columnList = \"subject\"))",
        "public class Task { @Id Long id; @RenamedFrom(\"title\") String subject; }"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(changes(2)).containsExactly("tasks.subject: renamed column title to subject");
  }

  @Test
  void aRenamedAttributeOfAnEmbeddableRenamesItsColumnInEveryTableEmbeddingIt()
      throws StoreException {
    JavaFileObject customer = source("Customer",
        "@Entity public class Customer { @Id Long id; Address address; }");
    JavaFileObject shop = source("Shop",
        "@Entity public class Shop { @Id Long id; @Embedded Address address; }");
    assertThat(build(1, source("Address", "@Embeddable public class Address { String street; }"),
        customer, shop)).succeeded();

    Compilation compilation = build(2, source("Address",
        "@Embeddable public class Address { @RenamedFrom(\"street\") String road; }"),
        customer, shop);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(changes(2)).containsExactly(
        "Customer.road: renamed column street to road",
        "Shop.road: renamed column street to road");
  }

  @Test
  void aRenamedRelationRenamesItsJoinColumns() throws StoreException {
    assertThat(build(1, conversation("Conversation", null), message("Conversation")))
        .succeeded();

    Compilation compilation = build(2, conversation("Conversation", null), source("Message",
        "@Entity",
        "public class Message {",
        "  @Id Long id;",
        "  @ManyToOne @RenamedFrom(\"conversation\") Conversation thread;",
        "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(changes(2)).containsExactly(
        "Message.thread_id: renamed column conversation_id to thread_id",
        "Message.thread_id: dropped foreign key fk_message_conversation_id (thread_id) ->"
            + " Conversation (id)",
        "Message.thread_id: new foreign key fk_message_thread_id (thread_id) -> Conversation"
            + " (id)");
  }

  @Test
  void aRenameOfAPinnedNameChangesNothing() {
    assertThat(build(1, source("Task",
        "@Entity public class Task { @Id Long id; String title; }"))).succeeded();

    Compilation compilation = build(2, source("Task",
        "@Entity public class Task { @Id Long id;",
        "  @RenamedFrom(\"title\") @Column(name = \"title\") String subject; }"));

    assertThat(compilation).hadWarningContaining("[SCH303]");
    assertThat(ProcessorRun.files(dir)).doesNotContainKey("V0002__v2.json");
  }

  @Test
  void aRenameFromANameThePreviousVersionLacksIsAnErrorOnTheAnnotation() {
    assertThat(build(1, source("Task",
        "@Entity public class Task { @Id Long id; String title; }"))).succeeded();
    JavaFileObject task = source("Task",
        "@Entity public class Task { @Id Long id;",
        "  @RenamedFrom(\"titel\") String subject; }");

    Compilation compilation = build(2, task);

    assertThat(compilation).hadErrorContaining("[SCH314] @RenamedFrom(\"titel\") on attribute"
        + " Task.subject: version 1 has no column Task.titel to rename to subject; write the"
        + " name as it was in version 1, or remove @RenamedFrom").inFile(task).onLine(8);
    assertThat(ProcessorRun.files(dir)).doesNotContainKey("V0002__v2.json");
  }

  @Test
  void aRenameLeftInTheSourceActsOnlyInItsOwnVersion() throws StoreException {
    assertThat(build(1, source("Task",
        "@Entity public class Task { @Id Long id; String title; }"))).succeeded();
    assertThat(build(2, source("Task",
        "@Entity public class Task { @Id Long id; @RenamedFrom(\"title\") String subject; }")))
        .succeededWithoutWarnings();

    Compilation compilation = build(3, source("Task",
        "@Entity public class Task { @Id Long id; @RenamedFrom(\"title\") String subject;",
        "  String note; }"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(changes(2)).containsExactly("Task.subject: renamed column title to subject");
    assertThat(changes(3)).containsExactly("Task.note: new column note VARCHAR(255) NULL");
  }

  @Test
  void newNotNullColumnsAreFilledForExistingRowsAndEndWithoutTheFill() throws StoreException {
    assertThat(build(1, source("Task",
        "@Entity public class Task { @Id Long id; }"))).succeeded();

    JavaFileObject columnDefault = JavaFileObjects.forSourceString(
        "org.hibernate.annotations.ColumnDefault", "package org.hibernate.annotations;"
            + " public @interface ColumnDefault { String value(); }");

    Compilation compilation = build(2, columnDefault, source("Task",
        "@Entity public class Task { @Id Long id;",
        "  int position;",
        "  boolean done;",
        "  @org.hibernate.annotations.ColumnDefault(\"3\") int priority;",
        "  @FillWith(\"'open'\") @Column(nullable = false, length = 10) String status;",
        "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(changes(2)).containsExactly(
        "Task.position: new column position INTEGER NOT NULL DEFAULT 0",
        "Task.position: column position: DEFAULT 0 -> no default",
        "Task.done: new column done BOOLEAN NOT NULL DEFAULT FALSE",
        "Task.done: column done: DEFAULT FALSE -> no default",
        "Task.priority: new column priority INTEGER NOT NULL DEFAULT 3",
        "Task.status: new column status VARCHAR(10) NOT NULL DEFAULT 'open'",
        "Task.status: column status: DEFAULT 'open' -> no default");
  }

  @Test
  void aNewNotNullColumnWithoutAFillIsAnErrorOnItsField() {
    assertThat(build(1, source("Task",
        "@Entity public class Task { @Id Long id; }"))).succeeded();
    JavaFileObject task = source("Task",
        "@Entity public class Task { @Id Long id;",
        "  @Column(nullable = false) String code; }");

    Compilation compilation = build(2, task);

    assertThat(compilation).hadErrorContaining("[SCH310] column Task.code is NOT NULL without"
        + " a default and is added to an existing table, whose rows need a value for it; give"
        + " that value with @FillWith(\"<SQL literal>\")").inFile(task).onLine(8);
    assertThat(ProcessorRun.files(dir)).doesNotContainKey("V0002__v2.json");
  }

  @Test
  void aColumnMadeNotNullWarnsThatNullsStopTheUpgrade() {
    assertThat(build(1, source("Task",
        "@Entity public class Task { @Id Long id; String title; }"))).succeeded();
    JavaFileObject task = source("Task",
        "@Entity public class Task { @Id Long id;",
        "  @Column(nullable = false) String title; }");

    Compilation compilation = build(2, task);

    assertThat(compilation).hadWarningContaining("[SCH313] column Task.title becomes NOT NULL"
        + " in version 2: the upgrade fails on a database where it is NULL in some row; give the"
        + " value those rows get with @FillWith(\"<SQL literal>\") or @ColumnDefault, or set it"
        + " in a @DataMigration step of version 2 (data steps run before the column becomes NOT"
        + " NULL), or keep the column nullable").inFile(task).onLine(8);
    assertThat(ProcessorRun.files(dir)).containsKey("V0002__v2.json");
  }

  @Test
  void aTextColumnRestrictedToAnEnumWarnsThatOtherValuesStopTheUpgrade() {
    assertThat(build(1, source("Task",
        "@Entity public class Task { @Id Long id; String state; }"))).succeeded();
    JavaFileObject task = source("Task",
        "@Entity public class Task { @Id Long id; public enum State { OPEN, DONE }",
        "  @Enumerated(EnumType.STRING) State state; }");

    Compilation compilation = build(2, task);

    assertThat(compilation).hadWarningContaining("[SCH315] column Task.state holds an enum from"
        + " version 2 on and accepts only the names OPEN, DONE: the upgrade fails on a database"
        + " where a row holds anything else; change those rows in a @DataMigration step of"
        + " version 2 (data steps run before the column is restricted)").inFile(task).onLine(8);
    assertThat(ProcessorRun.files(dir)).containsKey("V0002__v2.json");
  }

  @Test
  void aColumnMadeNotNullWithAKnownValueFillsItsNullRowsWithoutAWarning()
      throws StoreException {
    assertThat(build(1, source("Task",
        "@Entity public class Task { @Id Long id; String title; Integer rank; String state; }")))
        .succeeded();
    JavaFileObject columnDefault = JavaFileObjects.forSourceString(
        "org.hibernate.annotations.ColumnDefault", "package org.hibernate.annotations;"
            + " public @interface ColumnDefault { String value(); }");

    Compilation compilation = build(2, columnDefault, source("Task",
        "@Entity public class Task { @Id Long id;",
        "  @FillWith(\"'untitled'\") @Column(nullable = false) String title;",
        "  int rank;",
        "  @org.hibernate.annotations.ColumnDefault(\"'open'\") @Column(nullable = false)",
        "  String state;",
        "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(changes(2)).containsExactly(
        "Task.rank: column rank: NULL -> NOT NULL, no default -> DEFAULT 0",
        "Task.rank: column rank: DEFAULT 0 -> no default",
        "Task.state: column state: NULL -> NOT NULL, no default -> DEFAULT 'open'",
        "Task.title: column title: NULL -> NOT NULL, no default -> DEFAULT 'untitled'",
        "Task.title: column title: DEFAULT 'untitled' -> no default");
  }

  private static JavaFileObject ticket(String mapping, String constants) {
    return source("Ticket",
        "@Entity public class Ticket { @Id Long id;",
        "  " + mapping + " State state;",
        "  public enum State { " + constants + " }",
        "}");
  }

  @Test
  void removingConstantsStoredByNameWarnsOnTheAttributeNamingThem() {
    assertThat(build(1, ticket("@Enumerated(EnumType.STRING)", "OPEN, DONE, ARCHIVED, DRAFT")))
        .succeeded();
    JavaFileObject ticket = ticket("@Enumerated(EnumType.STRING)", "OPEN, CLOSED, DRAFT");

    Compilation compilation = build(2, ticket);

    assertThat(compilation).hadWarningContaining("[SCH311] upgrading to version 2 destroys the"
        + " enum constants DONE, ARCHIVED of column Ticket.state (while a row holds one of them,"
        + " the migration fails and changes nothing); move the rows that hold them to another"
        + " constant first: a @DataMigration step of version 2 runs before they are removed; if"
        + " that is intended, acknowledge it with @SchemaVersion(value = 2, acknowledgeDataLoss"
        + " = \"Ticket.state\")").inFile(ticket).onLine(8);
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void appendingConstantsWarnsOfNothing() {
    assertThat(build(1, ticket("", "OPEN, DONE"))).succeeded();

    assertThat(build(2, ticket("", "OPEN, DONE, ARCHIVED"))).succeededWithoutWarnings();
  }

  @Test
  void reorderingOrRemovingConstantsStoredByOrdinalWarnsWhichOrdinalsChangeMeaning() {
    assertThat(build(1, ticket("", "LOW, MEDIUM, HIGH"))).succeeded();
    JavaFileObject ticket = ticket("", "URGENT, LOW, HIGH");

    Compilation compilation = build(2, ticket);

    assertThat(compilation).hadWarningContaining("[SCH311] upgrading to version 2 destroys the"
        + " meaning of the ordinals stored in column Ticket.state: 0 meant LOW and now means"
        + " URGENT; 1 meant MEDIUM and now means LOW; add new constants only at the end, which"
        + " keeps what every stored ordinal means, or store the enum by name with"
        + " @Enumerated(EnumType.STRING); if that is intended, acknowledge it with"
        + " @SchemaVersion(value = 2, acknowledgeDataLoss = \"Ticket.state\")")
        .inFile(ticket).onLine(8);
  }

  @Test
  void underTheErrorOptionRemovedConstantsAreAnErrorUntilAcknowledged() {
    assertThat(build(1, ticket("", "LOW, MEDIUM, HIGH"), source("Note",
        "@Entity public class Note { @Id Long id;",
        "  @Enumerated(EnumType.STRING) Kind kind;",
        "  public enum Kind { PLAIN, RICH } }"))).succeeded();
    JavaFileObject ticket = ticket("", "LOW, MEDIUM");
    JavaFileObject note = source("Note",
        "@Entity public class Note { @Id Long id;",
        "  @Enumerated(EnumType.STRING) Kind kind;",
        "  public enum Kind { PLAIN } }");
    List<String> strict = List.of("-Aschemata.dataLoss=error");

    Compilation refused = build(2, strict, ticket, note);

    assertThat(refused).hadErrorContaining("[SCH312] upgrading to version 2 destroys the"
        + " meaning of the ordinals stored in column Ticket.state: 2 meant HIGH and is out of"
        + " range").inFile(ticket).onLine(8);
    assertThat(refused).hadErrorContaining("[SCH312] upgrading to version 2 destroys the enum"
        + " constant RICH of column Note.kind").inFile(note).onLine(8);
    assertThat(ProcessorRun.files(dir)).doesNotContainKey("V0002__v2.json");

    JavaFileObject acknowledged = JavaFileObjects.forSourceLines("shop.package-info",
        "@dev.schemata.annotations.SchemaVersion(value = 2, description = \"v2\",",
        "    acknowledgeDataLoss = {\"Ticket.state\", \"Note.kind\"})",
        "package shop;");
    Compilation accepted = ProcessorRun.compile(dir, List.of(), strict, acknowledged, ticket,
        note);

    assertThat(accepted).succeededWithoutWarnings();
    assertThat(ProcessorRun.files(dir)).containsKey("V0002__v2.json");
  }

  private static final JavaFileObject WITH_LEGACY = source("Task",
      "@Entity public class Task { @Id Long id; String title; Boolean legacy; }");

  @Test
  void droppingAColumnWarnsOnItsEntityAndSuggestsARenameForANewColumnOfItsType() {
    assertThat(build(1, WITH_LEGACY)).succeeded();
    JavaFileObject task = source("Task",
        "@Entity public class Task { @Id Long id; String title; Boolean archived; }");

    Compilation compilation = build(2, task);

    assertThat(compilation).hadWarningContaining("[SCH311] upgrading to version 2 destroys the"
        + " values of column Task.legacy; it may be a rename of legacy to archived: to keep the"
        + " data, put @RenamedFrom(\"legacy\") (the previous attribute name) on the attribute"
        + " that maps to archived; if that is intended, acknowledge it with @SchemaVersion(value"
        + " = 2, acknowledgeDataLoss = \"Task.legacy\")").inFile(task).onLine(7);
    assertThat(ProcessorRun.files(dir)).containsKey("V0002__v2.json");
  }

  @Test
  void droppingATableWarnsOnTheSchemaVersion() {
    assertThat(build(1, WITH_LEGACY, source("Note",
        "@Entity public class Note { @Id Long id; }"))).succeeded();

    Compilation compilation = build(2, WITH_LEGACY);

    assertThat(compilation).hadWarningContaining("[SCH311] upgrading to version 2 destroys"
        + " every row of table Note; if that is intended, acknowledge it with"
        + " @SchemaVersion(value = 2, acknowledgeDataLoss = \"Note\")").inFile(marker(2));
  }

  @Test
  void underTheErrorOptionDataLossIsAnErrorUntilAcknowledged() {
    assertThat(build(1, WITH_LEGACY)).succeeded();
    JavaFileObject task = source("Task",
        "@Entity public class Task { @Id Long id; @Column(length = 100) String title; }");
    List<String> strict = List.of("-Aschemata.dataLoss=error");

    Compilation refused = build(2, strict, task);

    assertThat(refused).hadErrorContaining("[SCH312] upgrading to version 2 destroys the values"
        + " of column Task.legacy; -Aschemata.dataLoss=error makes this an error until"
        + " acknowledged: @SchemaVersion(value = 2, acknowledgeDataLoss = \"Task.legacy\")");
    assertThat(refused).hadErrorContaining("[SCH312] upgrading to version 2 destroys values of"
        + " column Task.title that do not fit VARCHAR(100) (now VARCHAR(255))");
    assertThat(ProcessorRun.files(dir)).doesNotContainKey("V0002__v2.json");

    JavaFileObject acknowledged = JavaFileObjects.forSourceLines("shop.package-info",
        "@dev.schemata.annotations.SchemaVersion(value = 2, description = \"v2\",",
        "    acknowledgeDataLoss = {\"Task.legacy\", \"Task.title\"})",
        "package shop;");
    Compilation accepted = ProcessorRun.compile(dir, List.of(), strict, acknowledged, task);

    assertThat(accepted).succeededWithoutWarnings();
    assertThat(ProcessorRun.files(dir)).containsKey("V0002__v2.json");
  }

  @Test
  void anUnknownDataLossOptionIsAnError() {
    Compilation compilation = build(1, List.of("-Aschemata.dataLoss=maybe"), WITH_LEGACY);

    assertThat(compilation).hadErrorContaining("[SCH010] -Aschemata.dataLoss=maybe is not a"
        + " choice; use warn (the default) or error");
  }
}
