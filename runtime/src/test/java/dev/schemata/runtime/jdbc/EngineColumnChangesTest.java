package dev.schemata.runtime.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.ops.AlterColumn;
import dev.schemata.runtime.ops.CreateTable;
import dev.schemata.runtime.ops.Operation;
import dev.schemata.runtime.testing.Canonical;
import dev.schemata.runtime.testing.Engine;
import dev.schemata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Column changes that engines get wrong most easily, on a table holding a row: a type change that
 * needs a cast, and type changes that must keep nullability, default and identity.
 */
class EngineColumnChangesTest {
  private static final Table ITEMS = Table.named("items")
      .column(Column.named("id").type(SqlType.INTEGER).identity())
      .column(Column.named("code").type(SqlType.varchar(10)))
      .column(Column.named("qty").type(SqlType.INTEGER).defaultValue("1"))
      .column(Column.named("price").type(SqlType.decimal(10, 2)).nullable())
      .column(Column.named("seen").type(SqlType.timestamp(3)).nullable())
      .primaryKey("id")
      .build();

  @ParameterizedTest
  @EnumSource(Engine.class)
  void typeChangesKeepTheDataAndEveryOtherAspectOfTheColumn(Engine engine) throws SQLException {
    List<Operation> changes = List.of(
        alter("code", SqlType.varchar(10), c -> c, SqlType.INTEGER, c -> c),
        alter("qty", SqlType.INTEGER, c -> c.defaultValue("1"), SqlType.BIGINT,
            c -> c.defaultValue("1")),
        alter("id", SqlType.INTEGER, Column.Builder::identity, SqlType.BIGINT,
            Column.Builder::identity),
        alter("price", SqlType.decimal(10, 2), Column.Builder::nullable, SqlType.decimal(38, 4),
            c -> c.defaultValue("0")),
        alter("seen", SqlType.timestamp(3), Column.Builder::nullable,
            SqlType.timestampWithTimeZone(6), Column.Builder::nullable));
    try (TestDatabase database = engine.create(); Connection connection = database.connect()) {
      run(database, connection, new CreateTable(ITEMS), Schema.EMPTY);
      Sql.execute(connection, "insert into items (code, price) values ('42', 9.5)");
      Schema expected = Schema.of(List.of(ITEMS));
      for (Operation change : changes) {
        run(database, connection, change, expected);
        expected = change.applyTo(expected);
        assertThat(read(database, connection)).as("after %s", change)
            .isEqualTo(Canonical.of(expected, engine));
      }
      Sql.execute(connection, "insert into items (code) values (7)");
      assertThat(rows(connection)).containsExactly("1 42 1 9.5", "2 7 1 0");
      for (int i = changes.size() - 1; i >= 0; i--) {
        Operation inverse = changes.get(i).inverse();
        run(database, connection, inverse, expected);
        expected = inverse.applyTo(expected);
      }
      assertThat(read(database, connection)).isEqualTo(Canonical.of(Schema.of(List.of(ITEMS)),
          engine));
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aColumnThatBecomesAnIdentityContinuesAfterTheRowsAlreadyThere(Engine engine)
      throws SQLException {
    Table plain = Table.named("items").column(Column.named("id").type(SqlType.BIGINT))
        .column(Column.named("code").type(SqlType.varchar(10))).primaryKey("id").build();
    AlterColumn toIdentity = new AlterColumn("items", plain.columns().get(0),
        Column.named("id").type(SqlType.BIGINT).identity().build());
    try (TestDatabase database = engine.create(); Connection connection = database.connect()) {
      run(database, connection, new CreateTable(plain), Schema.EMPTY);
      Sql.execute(connection, "insert into items (id, code) values (1, 'a')");
      Sql.execute(connection, "insert into items (id, code) values (51, 'b')");

      run(database, connection, toIdentity, Schema.of(List.of(plain)));
      Sql.execute(connection, "insert into items (code) values ('c')");

      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("select max(id) from items")) {
        rows.next();
        assertThat(rows.getLong(1)).isEqualTo(52);
      }
    }
  }

  private static AlterColumn alter(String name, SqlType fromType,
      java.util.function.UnaryOperator<Column.Builder> from, SqlType toType,
      java.util.function.UnaryOperator<Column.Builder> to) {
    return new AlterColumn("items", from.apply(Column.named(name).type(fromType)).build(),
        to.apply(Column.named(name).type(toType)).build());
  }

  private static List<String> rows(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "select id, code, qty, price from items order by id")) {
      List<String> lines = new java.util.ArrayList<>();
      while (rows.next()) {
        lines.add(rows.getLong(1) + " " + rows.getInt(2) + " " + rows.getLong(3) + " "
            + rows.getBigDecimal(4).stripTrailingZeros().toPlainString());
      }
      return lines;
    }
  }

  private static void run(TestDatabase database, Connection connection, Operation operation,
      Schema before) throws SQLException {
    for (String sql : database.dialect().render(operation, before)) {
      Sql.execute(connection, sql);
    }
  }

  private static Schema read(TestDatabase database, Connection connection) throws SQLException {
    return Canonical.of(SchemaReader.read(connection, database.dialect()), database.engine());
  }
}
