package dev.schemata.runtime.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.model.UniqueConstraint;
import dev.schemata.runtime.ops.Migration;
import dev.schemata.runtime.ops.Operation;
import dev.schemata.runtime.ops.SchemaChange;
import dev.schemata.runtime.testing.CaseFolding;
import dev.schemata.runtime.testing.H2;
import dev.schemata.runtime.testing.Shop;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaReaderTest {

  @Test
  void readsBackWhatTheMigrationsBuilt() throws SQLException {
    Schema model = Schema.EMPTY;
    try (Connection connection = H2.newDatabase().getConnection()) {
      for (Migration migration : List.of(new Shop.V1(), new Shop.V2(), new Shop.V3())) {
        for (Operation operation : upgrade(migration)) {
          for (String sql : Dialect.H2.render(operation, model)) {
            Sql.execute(connection, sql);
          }
          model = operation.applyTo(model);
        }
      }
      Schema live = SchemaReader.read(connection, Dialect.H2);

      assertThat(live).isEqualTo(CaseFolding.fold(model));
      assertThat(live.tables()).containsOnlyKeys("AUDIT", "CUSTOMERS", "PURCHASES", "order");
      assertThat(live.table("order").orElseThrow().columns()).extracting(Column::name)
          .containsExactly("from", "Mixed Case", "quote\"d");
      assertThat(live.table("AUDIT").orElseThrow().column("ID").orElseThrow())
          .isEqualTo(new Column("ID", SqlType.BIGINT, false, null, true));
      assertThat(live.table("CUSTOMERS").orElseThrow().column("EMAIL").orElseThrow())
          .isEqualTo(new Column("EMAIL", SqlType.varchar(250), true, "''", false));
    }
  }

  @Test
  void keepsIndexesTheUserMadeAndSkipsTheOnesBackingConstraints() throws SQLException {
    try (Connection connection = H2.newDatabase().getConnection()) {
      for (String sql : List.of(
          "create table p (id bigint primary key, code varchar(10) not null,"
              + " constraint uk_p_code unique (code))",
          "create table c (id bigint primary key, p_id bigint, q_id bigint)",
          "create index ix_c_q on c (q_id)",
          "alter table c add constraint fk_c_p foreign key (p_id) references p (id)",
          "alter table c add constraint fk_c_q foreign key (q_id) references p (id)",
          "create table schemata_history (version int)")) {
        Sql.execute(connection, sql);
      }
      Schema live = SchemaReader.read(connection, Dialect.H2);

      assertThat(live.tables()).containsOnlyKeys("C", "P");
      Table c = live.table("C").orElseThrow();
      assertThat(c.indexes()).containsExactly(new Index("IX_C_Q", List.of("Q_ID"), false));
      assertThat(c.foreignKeys()).containsExactly(
          new ForeignKey("FK_C_P", List.of("P_ID"), "P", List.of("ID")),
          new ForeignKey("FK_C_Q", List.of("Q_ID"), "P", List.of("ID")));
      Table p = live.table("P").orElseThrow();
      assertThat(p.indexes()).isEmpty();
      assertThat(p.primaryKey()).containsExactly("ID");
      assertThat(p.uniqueConstraints())
          .containsExactly(new UniqueConstraint("UK_P_CODE", List.of("CODE")));
    }
  }

  @Test
  void namesAColumnWhoseTypeTheModelCannotHold() throws SQLException {
    try (Connection connection = H2.newDatabase().getConnection()) {
      Sql.execute(connection, "create table geo (spot geometry)");
      assertThatThrownBy(() -> SchemaReader.read(connection, Dialect.H2))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("GEO.SPOT");
    }
  }

  private static List<Operation> upgrade(Migration migration) {
    SchemaChange change = new SchemaChange();
    migration.upgrade(change);
    return change.operations();
  }
}
