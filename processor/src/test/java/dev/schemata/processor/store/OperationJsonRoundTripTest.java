package dev.schemata.processor.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.ops.AddColumn;
import dev.schemata.runtime.ops.Operation;
import dev.schemata.runtime.ops.RunData;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OperationJsonRoundTripTest {

  static Stream<Operation> everyOperation() {
    // The fixtures' versions have no data step; a version file may hold one among its operations.
    return Stream.concat(StoreFixtures.versions().stream().flatMap(v -> v.operations().stream()),
        Stream.of(new RunData("shop.SeedPeople", false)));
  }

  @Test
  void theFixturesCoverEveryOperationType() {
    Set<Class<?>> covered = new HashSet<>();
    everyOperation().forEach(op -> covered.add(op.getClass()));
    assertThat(covered).containsExactlyInAnyOrder(Operation.class.getPermittedSubclasses());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyOperation")
  void eachOperationReadsBackEqual(Operation operation) {
    VersionFile file = new VersionFile(7, "one operation", 6, List.of(operation));

    String json = VersionFileJson.write(file);
    VersionFile read = VersionFileJson.read(json).file();

    assertThat(read).isEqualTo(file);
    assertThat(read.operations()).containsExactly(operation);
    assertThat(VersionFileJson.write(read)).isEqualTo(json);
  }

  @Test
  void wholeVersionFilesReadBackEqual() {
    for (VersionFile file : StoreFixtures.versions()) {
      assertThat(VersionFileJson.read(VersionFileJson.write(file)).file()).isEqualTo(file);
    }
  }

  @Test
  void columnWritesDefaultAndIdentityOnlyWhenSet() {
    Column plain = Column.named("n").type(SqlType.INTEGER).build();
    Column full = Column.named("n").type(SqlType.INTEGER).nullable().defaultValue("'a\"b'")
        .identity().build();

    String plainJson = VersionFileJson.write(new VersionFile(1, "x", 0,
        List.of(new AddColumn("t", plain))));
    String fullJson = VersionFileJson.write(new VersionFile(1, "x", 0,
        List.of(new AddColumn("t", full))));

    assertThat(plainJson).doesNotContain("\"default\"").doesNotContain("\"identity\"");
    assertThat(fullJson).contains("\"default\": \"'a\\\"b'\",\n")
        .contains("\"identity\": true\n");
    assertThat(VersionFileJson.read(fullJson).file().operations())
        .containsExactly(new AddColumn("t", full));
  }

  @Test
  void schemaFileReadsBackEqual() {
    SchemaFile file = StoreFixtures.schemaFile();

    String json = SchemaFileJson.write(file);

    assertThat(SchemaFileJson.read(json)).isEqualTo(file);
  }

  @Test
  void schemaFileListsSequencesOnlyWhenThereAreSome() {
    SchemaFile file = StoreFixtures.schemaFile();
    SchemaFile withoutSequences = new SchemaFile(file.version(), file.marker(),
        file.entities(), new Schema(file.schema().tables()));

    String json = SchemaFileJson.write(withoutSequences);

    assertThat(file.schema().sequences()).isNotEmpty();
    assertThat(SchemaFileJson.write(file)).contains("\"sequences\": [");
    assertThat(json).doesNotContain("sequences");
    assertThat(SchemaFileJson.read(json)).isEqualTo(withoutSequences);
  }

  @Test
  void everyTypeTextReadsBack() {
    for (SqlType type : List.of(SqlType.BOOLEAN, SqlType.decimal(10, 0), SqlType.fixedChar(1),
        SqlType.time(9), SqlType.timestampWithTimeZone(0), SqlType.varbinary(16))) {
      Column column = Column.named("c").type(type).build();
      VersionFile file = new VersionFile(1, "x", 0, List.of(new AddColumn("t", column)));
      assertThat(VersionFileJson.read(VersionFileJson.write(file)).file()).isEqualTo(file);
    }
  }
}
