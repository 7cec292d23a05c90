package dev.schemata.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.ops.DataContext;
import dev.schemata.runtime.ops.DataStep;
import dev.schemata.runtime.ops.MigrationIndex;
import dev.schemata.runtime.ops.SchemaChange;
import dev.schemata.runtime.testing.H2;
import dev.schemata.runtime.testing.Reversible;
import dev.schemata.runtime.testing.Shop;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Data steps through the Migrator, as generated migrations call them. */
class MigratorDataStepTest {
  private final DataSource dataSource = H2.newDatabase();

  /** Seeds the customers of version 4. */
  public static final class SeedCustomers implements DataStep {
    @Override
    public void upgrade(DataContext data) throws SQLException {
      data.insert("customers", List.of("id", "email", "name"),
          List.of(1, "ada@example.com", "Ada"), List.of(2, "alan@example.com", "Alan"));
      data.execute("update customers set tier = ? where id = ?", "gold", 1);
    }

    @Override
    public void downgrade(DataContext data) throws SQLException {
      data.execute("delete from customers where id in (1, 2)");
    }
  }

  /** A step the runtime cannot create: its constructor fails. */
  public static final class Unready implements DataStep {
    public Unready() {
      throw new IllegalStateException("no configuration");
    }

    @Override
    public void upgrade(DataContext data) {}

    @Override
    public void downgrade(DataContext data) {}
  }

  /** Adds a tier column, then runs a step. */
  static final class V4 extends Reversible {
    private final Class<? extends DataStep> step;

    V4(Class<? extends DataStep> step) {
      this.step = step;
    }

    @Override
    public void upgrade(SchemaChange change) {
      change.addColumn("customers", Column.named("tier").type(SqlType.varchar(10)).nullable());
      change.runData(step);
    }
  }

  @Test
  void migrateRunsTheStepAndDowngradeRunsItsDowngrade() throws SQLException {
    migrator(index(SeedCustomers.class)).migrate();

    assertThat(rows("select id, name, tier from customers order by id"))
        .containsExactly("1|Ada|gold", "2|Alan|null");

    migrator(index(SeedCustomers.class)).downgradeTo(3);

    assertThat(rows("select id from customers")).isEmpty();
  }

  @Test
  void aStepThatCannotBeCreatedFailsItsVersionNamingTheStep() throws SQLException {
    migrator(Shop.upTo(3)).migrate();

    assertThatThrownBy(() -> migrator(index(Unready.class)).migrate())
        .isInstanceOfSatisfying(SchemataException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_FAILED))
        .hasMessageContaining("Upgrade of version 4 (seed) failed at statement:\n"
            + "  data step dev.schemata.runtime.MigratorDataStepTest.Unready (upgrade)")
        .hasMessageContaining("its constructor threw java.lang.IllegalStateException:"
            + " no configuration")
        .hasMessageContaining("still at version 3");
    assertThat(rows("select count(*) from information_schema.columns"
        + " where lower(column_name) = 'tier'")).containsExactly("0");
  }

  @Test
  void aScriptShowsWhereTheStepRuns() {
    String script = migrator(index(SeedCustomers.class)).script(3, 4, Dialect.H2);

    assertThat(script).endsWith("-- upgrade of data step"
        + " dev.schemata.runtime.MigratorDataStepTest.SeedCustomers (runs only through the"
        + " Migrator);\n");
  }

  private static MigrationIndex index(Class<? extends DataStep> step) {
    List<dev.schemata.runtime.ops.VersionedMigration> all =
        new ArrayList<>(Shop.upTo(3).migrations());
    all.add(Shop.versioned(4, "seed", new V4(step)));
    return () -> all;
  }

  private Migrator migrator(MigrationIndex index) {
    return Migrator.configure().dataSource(dataSource).migrations(index).load();
  }

  private List<String> rows(String query) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      int count = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
          values.add(String.valueOf(rows.getObject(i)));
        }
        lines.add(String.join("|", values));
      }
    }
    return lines;
  }
}
