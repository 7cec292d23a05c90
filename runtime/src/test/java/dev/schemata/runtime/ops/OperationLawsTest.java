package dev.schemata.runtime.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemata.runtime.model.Schema;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OperationLawsTest {

  @Test
  void theCasesCoverEveryOperationType() {
    Set<Class<?>> covered = Fixtures.everyOperation().map(a -> a.get()[1].getClass())
        .collect(Collectors.toSet());

    // A data step leaves the schema as it is; RunDataTest and EngineDataStepTest cover it.
    assertThat(covered).containsExactlyInAnyOrder(Arrays.stream(
        Operation.class.getPermittedSubclasses()).filter(c -> c != RunData.class)
        .toArray(Class<?>[]::new));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.schemata.runtime.ops.Fixtures#everyOperation")
  void theInverseOfTheInverseIsTheOperation(String name, Operation op) {
    assertThat(op.inverse()).isNotEqualTo(op);
    assertThat(op.inverse().inverse()).isEqualTo(op);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.schemata.runtime.ops.Fixtures#everyOperation")
  void theInverseUndoesTheOperation(String name, Operation op) {
    Schema changed = op.applyTo(Fixtures.BASE);

    assertThat(changed).isNotEqualTo(Fixtures.BASE);
    assertThat(op.inverse().applyTo(changed)).isEqualTo(Fixtures.BASE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.schemata.runtime.ops.Fixtures#everyOperation")
  void theInverseNamesTheSameTable(String name, Operation op) {
    if (op instanceof RenameTable rename) {
      assertThat(op.inverse().table()).isEqualTo(rename.newName());
    } else {
      assertThat(op.inverse().table()).isEqualTo(op.table());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.schemata.runtime.ops.Fixtures#everyOperation")
  void aSecondApplicationIsRefused(String name, Operation op) {
    Schema changed = op.applyTo(Fixtures.BASE);

    assertThatThrownBy(() -> op.applyTo(changed))
        .isInstanceOf(InapplicableOperationException.class);
  }
}
