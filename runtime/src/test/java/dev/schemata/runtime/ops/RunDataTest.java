package dev.schemata.runtime.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemata.runtime.model.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunDataTest {

  /** A step that does nothing. */
  public static final class Quiet implements DataStep {
    @Override
    public void upgrade(DataContext data) {}

    @Override
    public void downgrade(DataContext data) {}
  }

  /** A step the runtime cannot create. */
  public static final class NeedsArgument implements DataStep {
    public NeedsArgument(String argument) {}

    @Override
    public void upgrade(DataContext data) {}

    @Override
    public void downgrade(DataContext data) {}
  }

  @Test
  void isNamedByItsClassInTheTextAndTheChecksum() {
    List<Operation> upgrade = new SchemaChange().runData(Quiet.class).operations();

    assertThat(upgrade).singleElement().satisfies(op -> {
      assertThat(OperationText.of(op))
          .isEqualTo("data dev.schemata.runtime.ops.RunDataTest.Quiet");
      assertThat(OperationText.of(op.inverse()))
          .isEqualTo("undo data dev.schemata.runtime.ops.RunDataTest.Quiet");
    });
    assertThat(Checksum.of(upgrade)).isEqualTo(Checksum.of(
        List.of(new RunData("dev.schemata.runtime.ops.RunDataTest.Quiet", false))));
    assertThat(Checksum.of(upgrade)).isNotEqualTo(Checksum.of(
        List.of(new RunData("dev.schemata.runtime.ops.RunDataTest.Loud", false))));
  }

  @Test
  void theGeneratedDowngradeEqualsTheInverseWhateverCreatesTheStep() {
    Operation up = new SchemaChange().runData(Quiet.class).operations().get(0);
    Operation down = new SchemaChange().undoData(Quiet.class).operations().get(0);

    assertThat(up.inverse()).isEqualTo(down);
    assertThat(down.inverse()).isEqualTo(up);
    assertThat(up).isNotEqualTo(down);
    assertThat(up.applyTo(Schema.EMPTY)).isEqualTo(Schema.EMPTY);
    assertThat(((RunData) up).create()).isInstanceOf(Quiet.class);
  }

  @Test
  void aStepThatCannotBeCreatedSaysWhichAndWhy() {
    RunData data = (RunData) new SchemaChange().runData(NeedsArgument.class).operations().get(0);

    assertThatThrownBy(data::create).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("data step dev.schemata.runtime.ops.RunDataTest.NeedsArgument")
        .hasMessageContaining("public no-argument constructor");
    assertThatThrownBy(new RunData("com.acme.Named", false)::create)
        .hasMessageContaining("com.acme.Named");
  }
}
