package dev.schemata.processor.entity;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.schemata.processor.entity.EntityCapture.entity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.model.UniqueConstraint;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class EntityReaderTest {
  private static final JavaFileObject AUDITED = entity("Audited",
      "@MappedSuperclass",
      "public abstract class Audited {",
      "  @Column(nullable = false) protected Instant createdAt;",
      "  protected Instant updatedAt;",
      "}");
  private static final JavaFileObject STATUS = entity("Status",
      "public enum Status { OPEN, DONE }");
  private static final JavaFileObject TASK = entity("Task",
      "@Entity",
      "@Table(name = \"tasks\", indexes = @Index(columnList = \"status, dueDate DESC\"),",
      "    uniqueConstraints = @UniqueConstraint(columnNames = {\"title\", \"owner\"}))",
      "public class Task extends Audited {",
      "  private static final long serialVersionUID = 1L;",
      "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;",
      "  @Column(nullable = false, length = 200) private String title;",
      "  private String owner;",
      "  @Enumerated(EnumType.STRING) private Status status;",
      "  private LocalDate dueDate;",
      "  private int priority;",
      "  @Transient private String draft;",
      "  private transient int cachedHash;",
      "  @OneToMany(mappedBy = \"task\") private List<Conversation> conversations;",
      "}");
  private static final JavaFileObject CONVERSATION = entity("Conversation",
      "@Entity",
      "@Table(name = \"conversations\")",
      "public class Conversation {",
      "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private long id;",
      "  @ManyToOne(optional = false) private Task task;",
      "  @Column(unique = true) private UUID publicId;",
      "  private String subject;",
      "  @OneToMany(mappedBy = \"conversation\") private List<Message> messages;",
      "}");
  private static final JavaFileObject MESSAGE = entity("Message",
      "@Entity(name = \"ChatMessage\")",
      "@Table(indexes = @Index(name = \"ix_messages_sent\", columnList = \"sentAt\"))",
      "public class Message {",
      "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;",
      "  @ManyToOne @JoinColumn(name = \"conversation_ref\", nullable = false)",
      "  private Conversation conversation;",
      "  @ManyToOne private Message replyTo;",
      "  @Lob private String body;",
      "  private LocalDateTime sentAt;",
      "  @Basic(optional = false) private Boolean read;",
      "}");

  @Test
  void readsTasksConversationsAndMessages() {
    EntityCapture.Result result = EntityCapture.compile(AUDITED, STATUS, TASK, CONVERSATION,
        MESSAGE);

    assertThat(result.compilation()).succeededWithoutWarnings();
    Table tasks = Table.named("tasks")
        .column(Column.named("createdAt").type(SqlType.timestampWithTimeZone(6)))
        .column(Column.named("updatedAt").type(SqlType.timestampWithTimeZone(6)).nullable())
        .column(Column.named("id").type(SqlType.BIGINT).identity())
        .column(Column.named("title").type(SqlType.varchar(200)))
        .column(Column.named("owner").type(SqlType.varchar(255)).nullable())
        .column(Column.named("status").type(SqlType.varchar(255)).nullable().values("OPEN", "DONE"))
        .column(Column.named("dueDate").type(SqlType.DATE).nullable())
        .column(Column.named("priority").type(SqlType.INTEGER))
        .primaryKey("id")
        .index(Index.named("ix_tasks_status_duedate").on("status", "dueDate"))
        .unique(UniqueConstraint.named("uk_tasks_title_owner").on("title", "owner"))
        .build();
    Table conversations = Table.named("conversations")
        .column(Column.named("id").type(SqlType.BIGINT).identity())
        .column(Column.named("task_id").type(SqlType.BIGINT))
        .column(Column.named("publicId").type(SqlType.UUID).nullable())
        .column(Column.named("subject").type(SqlType.varchar(255)).nullable())
        .primaryKey("id")
        .unique(UniqueConstraint.named("uk_conversations_publicid").on("publicId"))
        .foreignKey(ForeignKey.named("fk_conversations_task_id").columns("task_id")
            .references("tasks", "id"))
        .build();
    Table messages = Table.named("ChatMessage")
        .column(Column.named("id").type(SqlType.BIGINT).identity())
        .column(Column.named("conversation_ref").type(SqlType.BIGINT))
        .column(Column.named("replyTo_id").type(SqlType.BIGINT).nullable())
        .column(Column.named("body").type(SqlType.CLOB).nullable())
        .column(Column.named("sentAt").type(SqlType.timestamp(6)).nullable())
        .column(Column.named("read").type(SqlType.BOOLEAN))
        .primaryKey("id")
        .index(Index.named("ix_messages_sent").on("sentAt"))
        .foreignKey(ForeignKey.named("fk_chatmessage_conversation_ref")
            .columns("conversation_ref").references("conversations", "id"))
        .foreignKey(ForeignKey.named("fk_chatmessage_replyto_id").columns("replyTo_id")
            .references("ChatMessage", "id"))
        .build();
    assertThat(result.model().schema()).isEqualTo(Schema.of(List.of(tasks, conversations,
        messages)));
    assertThat(result.model().tableByEntity()).containsExactly(
        entry("test.Conversation", "conversations"), entry("test.Message", "ChatMessage"),
        entry("test.Task", "tasks"));
  }

  @Test
  void mapsTablesAndColumnsBackToTheirElements() {
    SourceMap sources = EntityCapture.compile(AUDITED, STATUS, TASK, CONVERSATION, MESSAGE)
        .model().sources();

    assertThat(sources.table("tasks")).map(EntityReaderTest::qualified).hasValue("test.Task");
    assertThat(sources.column("tasks", "createdAt")).map(EntityReaderTest::qualified)
        .hasValue("test.Audited.createdAt");
    assertThat(sources.column("ChatMessage", "conversation_ref"))
        .map(EntityReaderTest::qualified).hasValue("test.Message.conversation");
    assertThat(sources.column("tasks", "draft")).isEmpty();
    assertThat(sources.table("Task")).isEmpty();
  }

  @Test
  void mapsTheOwningSideOfAOneToOneToAUniqueForeignKey() {
    JavaFileObject owner = entity("Owner",
        "@Entity public class Owner {",
        "  @Id private String code;",
        "  @OneToOne(mappedBy = \"owner\") private Pet pet;",
        "}");
    JavaFileObject pet = entity("Pet",
        "@Entity public class Pet {",
        "  @Id private int id;",
        "  @OneToOne @JoinColumn(name = \"owner\") private Owner owner;",
        "}");

    Schema schema = EntityCapture.compile(owner, pet).model().schema();

    assertThat(schema.table("Owner")).hasValue(Table.named("Owner")
        .column(Column.named("code").type(SqlType.varchar(255)))
        .primaryKey("code")
        .build());
    assertThat(schema.table("Pet")).hasValue(Table.named("Pet")
        .column(Column.named("id").type(SqlType.INTEGER))
        .column(Column.named("owner").type(SqlType.varchar(255)).nullable())
        .primaryKey("id")
        .unique(UniqueConstraint.named("uk_pet_owner").on("owner"))
        .foreignKey(ForeignKey.named("fk_pet_owner").columns("owner").references("Owner", "code"))
        .build());
  }

  @Test
  void referencesANamedColumnOfTheTarget() {
    JavaFileObject country = entity("Country",
        "@Entity public class Country {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private int id;",
        "  @Column(length = 2, nullable = false, unique = true) private String iso;",
        "}");
    JavaFileObject city = entity("City",
        "@Entity public class City {",
        "  @Id private UUID id;",
        "  @ManyToOne(optional = false) @JoinColumn(referencedColumnName = \"iso\")",
        "  private Country country;",
        "}");

    Schema schema = EntityCapture.compile(country, city).model().schema();

    assertThat(schema.table("City")).hasValue(Table.named("City")
        .column(Column.named("id").type(SqlType.UUID))
        .column(Column.named("country_iso").type(SqlType.varchar(2)))
        .primaryKey("id")
        .foreignKey(ForeignKey.named("fk_city_country_iso").columns("country_iso")
            .references("Country", "iso"))
        .build());
  }

  private static String qualified(Element element) {
    Element parent = element.getEnclosingElement();
    return parent instanceof TypeElement type
        ? type.getQualifiedName() + "." + element.getSimpleName()
        : ((TypeElement) element).getQualifiedName().toString();
  }
}
