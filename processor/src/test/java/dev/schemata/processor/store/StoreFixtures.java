package dev.schemata.processor.store;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Sequence;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.model.UniqueConstraint;
import dev.schemata.runtime.ops.AddColumn;
import dev.schemata.runtime.ops.AddForeignKey;
import dev.schemata.runtime.ops.AddUniqueConstraint;
import dev.schemata.runtime.ops.AlterColumn;
import dev.schemata.runtime.ops.AlterSequence;
import dev.schemata.runtime.ops.CreateIndex;
import dev.schemata.runtime.ops.CreateSequence;
import dev.schemata.runtime.ops.CreateTable;
import dev.schemata.runtime.ops.DropColumn;
import dev.schemata.runtime.ops.DropForeignKey;
import dev.schemata.runtime.ops.DropIndex;
import dev.schemata.runtime.ops.DropSequence;
import dev.schemata.runtime.ops.DropTable;
import dev.schemata.runtime.ops.DropUniqueConstraint;
import dev.schemata.runtime.ops.RenameColumn;
import dev.schemata.runtime.ops.RenameTable;
import java.util.List;
import java.util.TreeMap;

/**
 * A three-version history that replays cleanly. Version 1 creates tables using every column type;
 * version 2 uses every operation type once; version 3 is a small follow-up.
 */
public final class StoreFixtures {
  private StoreFixtures() {}

  static final Table LEGACY_EVENTS = Table.named("legacy_events")
      .column(Column.named("id").type(SqlType.INTEGER))
      .column(Column.named("kind").type(SqlType.SMALLINT))
      .column(Column.named("level").type(SqlType.TINYINT))
      .column(Column.named("score").type(SqlType.REAL).nullable())
      .column(Column.named("ratio").type(SqlType.DOUBLE).nullable())
      .column(Column.named("amount").type(SqlType.decimal(19, 2)).defaultValue("0.00"))
      .column(Column.named("digest").type(SqlType.varbinary(32)).nullable())
      .column(Column.named("payload").type(SqlType.BLOB).nullable())
      .column(Column.named("day").type(SqlType.DATE))
      .column(Column.named("at").type(SqlType.time(0)).nullable())
      .column(Column.named("token").type(SqlType.UUID))
      .primaryKey("id")
      .unique(UniqueConstraint.named("uk_legacy_events_kind_level").on("kind", "level"))
      .build();

  static final Sequence CONVERSATION_IDS = Sequence.named("conversations_seq").startWith(1)
      .incrementBy(50).build();
  static final Sequence LEGACY_EVENT_IDS = Sequence.named("legacy_events_seq").startWith(1)
      .incrementBy(1).build();

  private static final Column TITLE = Column.named("title").type(SqlType.varchar(500)).build();
  private static final Column CODE = Column.named("code").type(SqlType.fixedChar(8)).build();

  /** Creates tables with every column type, an index, a foreign key and sequences. */
  public static VersionFile version1() {
    return new VersionFile(1, "Create tasks, conversations and messages", 0, List.of(
        new CreateTable(Table.named("conversations")
            .column(Column.named("id").type(SqlType.BIGINT).identity())
            .column(Column.named("title").type(SqlType.varchar(200)))
            .column(Column.named("created_at").type(SqlType.timestamp(6)))
            .primaryKey("id")
            .build()),
        new CreateTable(Table.named("tasks")
            .column(Column.named("id").type(SqlType.BIGINT).identity())
            .column(Column.named("title").type(SqlType.varchar(500)))
            .column(Column.named("done").type(SqlType.BOOLEAN).defaultValue("FALSE"))
            .column(Column.named("owner_id").type(SqlType.BIGINT).nullable())
            // Last, because version 2 drops it and a downgrade adds a column back at the end.
            .column(Column.named("code").type(SqlType.fixedChar(8)))
            .primaryKey("id")
            .unique(UniqueConstraint.named("uk_tasks_code").on("code"))
            .build()),
        new CreateTable(Table.named("messages")
            .column(Column.named("id").type(SqlType.BIGINT).identity())
            .column(Column.named("conversation_id").type(SqlType.BIGINT))
            .column(Column.named("body").type(SqlType.CLOB).nullable())
            .column(Column.named("sent_at").type(SqlType.timestampWithTimeZone(3)))
            .primaryKey("id")
            .build()),
        new CreateTable(LEGACY_EVENTS),
        new CreateIndex("tasks", Index.named("ix_tasks_title").on("title").build()),
        new AddForeignKey("messages", ForeignKey.named("fk_messages_conversation")
            .columns("conversation_id").references("conversations", "id").build()),
        new CreateSequence(CONVERSATION_IDS),
        new CreateSequence(LEGACY_EVENT_IDS)));
  }

  /** Uses each of the sixteen operation types once. */
  public static VersionFile version2() {
    return new VersionFile(2, "Reshape tasks and threads", 1, List.of(
        new AddColumn("tasks", Column.named("priority").type(SqlType.INTEGER).nullable()
            .defaultValue("0").build()),
        new CreateIndex("tasks", Index.named("ix_tasks_priority").on("priority").unique()
            .build()),
        new RenameColumn("tasks", "title", "name"),
        new AlterColumn("tasks", TITLE.renamed("name"),
            Column.named("name").type(SqlType.varchar(1000)).nullable().build()),
        new DropIndex("tasks", Index.named("ix_tasks_title").on("name").build()),
        new AddUniqueConstraint("tasks",
            UniqueConstraint.named("uk_tasks_name_owner").on("name", "owner_id").build()),
        new DropUniqueConstraint("tasks", UniqueConstraint.named("uk_tasks_code").on("code")
            .build()),
        new DropColumn("tasks", CODE),
        new DropForeignKey("messages", ForeignKey.named("fk_messages_conversation")
            .columns("conversation_id").references("conversations", "id").build()),
        new RenameTable("conversations", "threads"),
        new AddForeignKey("messages", ForeignKey.named("fk_messages_thread")
            .columns("conversation_id").references("threads", "id").build()),
        new AlterSequence(CONVERSATION_IDS, Sequence.named("conversations_seq").startWith(1)
            .incrementBy(100).build()),
        new CreateSequence(Sequence.named("tags_seq").startWith(5_000_000_000L).incrementBy(1)
            .build()),
        new DropTable(LEGACY_EVENTS),
        new CreateTable(Table.named("tags")
            .column(Column.named("id").type(SqlType.UUID))
            .column(Column.named("label").type(SqlType.varchar(50)))
            .primaryKey("id")
            .build()),
        new DropSequence(LEGACY_EVENT_IDS)));
  }

  /** A one-operation follow-up. */
  public static VersionFile version3() {
    return new VersionFile(3, "Archive threads", 2, List.of(
        new AddColumn("threads", Column.named("archived").type(SqlType.BOOLEAN)
            .defaultValue("FALSE").build())));
  }

  /**
   * Enum columns, kept apart from {@link #versions()} so that the older goldens stay as they are:
   * a status held by name, a channel by ordinal, and a status that gains a constant.
   */
  public static VersionFile enumVersion() {
    Column.Builder status = Column.named("status").type(SqlType.varchar(16));
    return new VersionFile(4, "Track thread states", 3, List.of(
        new AddColumn("threads", status.values("OPEN", "CLOSED").build()),
        new AddColumn("threads", Column.named("channel").type(SqlType.TINYINT).nullable()
            .values("WEB", "MAIL").build()),
        new AlterColumn("threads", status.values("OPEN", "CLOSED").build(),
            status.values("OPEN", "CLOSED", "ARCHIVED").build())));
  }

  /**
   * PostgreSQL enum types, following {@link #enumVersion()}: the status switches from its check
   * constraint to a type that a new table's column shares, and the type gains a constant.
   */
  public static VersionFile nativeEnumVersion() {
    Column.Builder status = Column.named("status").type(SqlType.varchar(16))
        .values("OPEN", "CLOSED", "ARCHIVED");
    Column checked = status.build();
    Column typed = status.enumType("ThreadState").build();
    return new VersionFile(5, "Thread states as a type", 4, List.of(
        new AlterColumn("threads", checked, typed),
        new CreateTable(Table.named("thread_events")
            .column(Column.named("id").type(SqlType.BIGINT))
            .column(Column.named("state").type(SqlType.varchar(16)).nullable()
                .values("OPEN", "CLOSED", "ARCHIVED").enumType("ThreadState"))
            .primaryKey("id")
            .build()),
        new AlterColumn("threads", typed, status.values("OPEN", "CLOSED", "ARCHIVED", "MUTED")
            .build())));
  }

  /** The three versions in order. */
  public static List<VersionFile> versions() {
    return List.of(version1(), version2(), version3());
  }

  /** The schema.json content for the head of {@link #versions()}. */
  public static SchemaFile schemaFile() {
    TreeMap<String, String> entities = new TreeMap<>();
    entities.put("com.example.tasks.Task", "tasks");
    entities.put("com.example.tasks.Thread", "threads");
    entities.put("com.example.tasks.Message", "messages");
    entities.put("com.example.tasks.Tag", "tags");
    return new SchemaFile(3, "com.example.tasks", entities,
        new History(versions()).headSchema());
  }
}
