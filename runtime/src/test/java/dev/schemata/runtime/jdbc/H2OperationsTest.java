package dev.schemata.runtime.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.ops.Operation;
import dev.schemata.runtime.ops.RunData;
import dev.schemata.runtime.ops.SchemaChange;
import dev.schemata.runtime.testing.CaseFolding;
import dev.schemata.runtime.testing.H2;
import dev.schemata.runtime.testing.Shop;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every operation, and its inverse, run on H2 and read back through JDBC metadata. */
class H2OperationsTest {

  @Test
  void everyOperationAndItsInverseChangesTheLiveSchemaAsTheModelSays() throws SQLException {
    List<Operation> operations = new ArrayList<>();
    for (var migration : List.of(new Shop.V1(), new Shop.V2(), new Shop.V3())) {
      SchemaChange change = new SchemaChange();
      migration.upgrade(change);
      operations.addAll(change.operations());
    }
    Set<Class<?>> covered = new HashSet<>();
    Schema expected = Schema.EMPTY;
    try (Connection connection = H2.newDatabase().getConnection()) {
      for (Operation operation : operations) {
        Schema after = operation.applyTo(expected);
        run(connection, operation, expected);
        assertThat(read(connection)).as("after %s", operation).isEqualTo(CaseFolding.fold(after));
        run(connection, operation.inverse(), after);
        assertThat(read(connection)).as("after undoing %s", operation)
            .isEqualTo(CaseFolding.fold(expected));
        run(connection, operation, expected);
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

  private static void run(Connection connection, Operation operation, Schema before)
      throws SQLException {
    for (String sql : Dialect.H2.render(operation, before)) {
      Sql.execute(connection, sql);
    }
  }

  private static Schema read(Connection connection) throws SQLException {
    return SchemaReader.read(connection, Dialect.H2);
  }
}
