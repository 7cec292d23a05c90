package dev.schemata.runtime.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.ops.Operation;
import dev.schemata.runtime.ops.RunData;
import dev.schemata.runtime.ops.SchemaChange;
import dev.schemata.runtime.testing.Canonical;
import dev.schemata.runtime.testing.Engine;
import dev.schemata.runtime.testing.Shop;
import dev.schemata.runtime.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every operation, and its inverse, run on each engine and read back through JDBC metadata: after
 * each statement the live schema is what the model says.
 */
class EngineOperationsTest {

  @ParameterizedTest
  @EnumSource(Engine.class)
  void everyOperationAndItsInverseChangesTheLiveSchemaAsTheModelSays(Engine engine)
      throws SQLException {
    List<Operation> operations = new ArrayList<>();
    for (var migration : List.of(new Shop.V1(), new Shop.V2(), new Shop.V3())) {
      SchemaChange change = new SchemaChange();
      migration.upgrade(change);
      operations.addAll(change.operations());
    }
    Set<Class<?>> covered = new HashSet<>();
    Schema expected = Schema.EMPTY;
    try (TestDatabase database = engine.create(); Connection connection = database.connect()) {
      for (Operation operation : operations) {
        Schema after = operation.applyTo(expected);
        run(database, connection, operation, expected);
        assertThat(read(database, connection)).as("after %s", operation)
            .isEqualTo(Canonical.of(after, engine));
        run(database, connection, operation.inverse(), after);
        assertThat(read(database, connection)).as("after undoing %s", operation)
            .isEqualTo(Canonical.of(expected, engine));
        run(database, connection, operation, expected);
        expected = after;
        covered.add(operation.getClass());
        covered.add(operation.inverse().getClass());
      }
    }
    // A data step leaves the schema as it is; RunDataTest and EngineDataStepTest cover it.
    assertThat(covered).containsExactlyInAnyOrder(Arrays.stream(
        Operation.class.getPermittedSubclasses()).filter(c -> c != RunData.class)
        .toArray(Class<?>[]::new));
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
