package dev.schemata.bench;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.ops.AddForeignKey;
import dev.schemata.runtime.ops.Checksum;
import dev.schemata.runtime.ops.CreateIndex;
import dev.schemata.runtime.ops.CreateTable;
import dev.schemata.runtime.ops.Migration;
import dev.schemata.runtime.ops.MigrationIndex;
import dev.schemata.runtime.ops.Operation;
import dev.schemata.runtime.ops.SchemaChange;
import dev.schemata.runtime.ops.VersionedMigration;
import java.util.ArrayList;
import java.util.List;

/**
 * A history of {@code versions} versions, each creating one table of eight columns with an index
 * and a foreign key to the previous table: the same shape of work for every tool measured.
 */
final class SyntheticHistory implements MigrationIndex {
  private final List<VersionedMigration> migrations = new ArrayList<>();

  SyntheticHistory(int versions) {
    for (int version = 1; version <= versions; version++) {
      List<Operation> operations = operations(version);
      migrations.add(new VersionedMigration(version, "table " + version,
          Checksum.of(operations), new Replay(operations)));
    }
  }

  @Override
  public List<VersionedMigration> migrations() {
    return migrations;
  }

  private static List<Operation> operations(int version) {
    String name = "t" + version;
    Table.Builder table = Table.named(name)
        .column(Column.named("id").type(SqlType.BIGINT).identity())
        .column(Column.named("name").type(SqlType.varchar(200)))
        .column(Column.named("note").type(SqlType.varchar(2000)).nullable())
        .column(Column.named("amount").type(SqlType.decimal(38, 2)).nullable())
        .column(Column.named("done").type(SqlType.BOOLEAN))
        .column(Column.named("created_at").type(SqlType.timestampWithTimeZone(6)))
        .column(Column.named("day").type(SqlType.DATE).nullable())
        .column(Column.named("parent_id").type(SqlType.BIGINT).nullable())
        .primaryKey("id");
    List<Operation> operations = new ArrayList<>();
    operations.add(new CreateTable(table.build()));
    operations.add(new CreateIndex(name, Index.named("ix_" + name + "_name").on("name").build()));
    if (version > 1) {
      operations.add(new AddForeignKey(name, ForeignKey.named("fk_" + name + "_parent")
          .columns("parent_id").references("t" + (version - 1), "id").build()));
    }
    return operations;
  }

  /** A migration that records fixed operations, as generated migrations do. */
  private record Replay(List<Operation> operations) implements Migration {
    @Override
    public void upgrade(SchemaChange change) {
      operations.forEach(change::apply);
    }

    @Override
    public void downgrade(SchemaChange change) {
      for (int i = operations.size() - 1; i >= 0; i--) {
        change.apply(operations.get(i).inverse());
      }
    }
  }
}
