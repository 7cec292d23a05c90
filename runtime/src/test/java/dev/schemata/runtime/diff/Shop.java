package dev.schemata.runtime.diff;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.model.UniqueConstraint;
import java.util.List;

/** Tables the differ tests change, built fresh so each test can vary them. */
final class Shop {
  private Shop() {}

  static Table.Builder conversations() {
    return Table.named("conversations")
        .column(Column.named("id").type(SqlType.BIGINT).identity())
        .column(Column.named("title").type(SqlType.varchar(200)))
        .primaryKey("id");
  }

  static Table.Builder messages() {
    return Table.named("messages")
        .column(Column.named("id").type(SqlType.BIGINT))
        .column(Column.named("conversation_id").type(SqlType.BIGINT))
        .column(Column.named("body").type(SqlType.CLOB).nullable())
        .primaryKey("id")
        .index(Index.named("ix_messages_conversation_id").on("conversation_id"))
        .foreignKey(conversationKey());
  }

  static ForeignKey.Builder conversationKey() {
    return ForeignKey.named("fk_messages_conversation_id").columns("conversation_id")
        .references("conversations", "id");
  }

  static Table.Builder tasks() {
    return Table.named("tasks")
        .column(Column.named("id").type(SqlType.BIGINT))
        .column(Column.named("title").type(SqlType.varchar(200)))
        .column(Column.named("done").type(SqlType.BOOLEAN).defaultValue("FALSE"))
        .primaryKey("id");
  }

  static Schema schema(Table.Builder... tables) {
    return Schema.of(List.of(tables).stream().map(Table.Builder::build).toList());
  }

  /** The table as CreateTable and DropTable carry it. */
  static Table bare(Table.Builder table) {
    Table built = table.build();
    return new Table(built.name(), built.columns(), built.primaryKey(), List.of(),
        built.uniqueConstraints(), List.of());
  }

  static Column column(Table.Builder table, String name) {
    return table.build().column(name).orElseThrow();
  }

  static Index index(Index.Builder index) {
    return index.build();
  }

  static UniqueConstraint unique(UniqueConstraint.Builder unique) {
    return unique.build();
  }

  static ForeignKey key(ForeignKey.Builder key) {
    return key.build();
  }
}
