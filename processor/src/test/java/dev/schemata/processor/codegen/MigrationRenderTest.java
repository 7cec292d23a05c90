package dev.schemata.processor.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemata.processor.store.VersionFile;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.ops.AddColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationRenderTest {

  @Test
  void typesRenderAsConstantsOrFactories() {
    assertThat(ModelCode.type(SqlType.INTEGER)).hasToString(
        "dev.schemata.runtime.model.SqlType.INTEGER");
    assertThat(ModelCode.type(SqlType.UUID)).hasToString(
        "dev.schemata.runtime.model.SqlType.UUID");
    assertThat(ModelCode.type(SqlType.varchar(255))).hasToString(
        "dev.schemata.runtime.model.SqlType.varchar(255)");
    assertThat(ModelCode.type(SqlType.fixedChar(2))).hasToString(
        "dev.schemata.runtime.model.SqlType.fixedChar(2)");
    assertThat(ModelCode.type(SqlType.decimal(19, 2))).hasToString(
        "dev.schemata.runtime.model.SqlType.decimal(19, 2)");
    assertThat(ModelCode.type(SqlType.timestampWithTimeZone(6))).hasToString(
        "dev.schemata.runtime.model.SqlType.timestampWithTimeZone(6)");
  }

  @Test
  void everyTypeKindRenders() {
    for (SqlType.Kind kind : SqlType.Kind.values()) {
      SqlType type = SqlType.parse(switch (kind) {
        case CHAR, VARCHAR, VARBINARY -> kind + "(10)";
        case DECIMAL -> "DECIMAL(10,2)";
        case TIME, TIMESTAMP, TIMESTAMP_TZ -> kind + "(3)";
        default -> kind.name();
      });
      assertThat(ModelCode.type(type).toString()).startsWith(
          "dev.schemata.runtime.model.SqlType.");
    }
  }

  @Test
  void classNameIsVersionAndCamelCaseDescription() {
    assertThat(MigrationRenderer.className(new VersionFile(2, "add task priority", 1,
        List.of()))).isEqualTo("V0002_AddTaskPriority");
    assertThat(MigrationRenderer.className(new VersionFile(10, "v2 API: tags!", 9,
        List.of()))).isEqualTo("V0010_V2ApiTags");
    assertThat(MigrationRenderer.className(new VersionFile(1, "???", 0, List.of())))
        .isEqualTo("V0001_Version");
  }

  @Test
  void descriptionCannotBreakTheJavadoc() {
    VersionFile version = new VersionFile(4, "drop */ legacy @Deprecated\nstuff", 3,
        List.of(new AddColumn("t", Column.named("c").type(SqlType.INTEGER).build())));

    String source = MigrationRenderer.render("p", version).toString();

    assertThat(source).contains(
        " * Version 4: drop *&#47; legacy {@literal @}Deprecated stuff (from version 3).\n");
  }

  @Test
  void serviceFileRegistersTheIndex() {
    ServiceFile file = IndexRenderer.serviceFile("com.example.tasks");

    assertThat(file.path())
        .isEqualTo("META-INF/services/dev.schemata.runtime.ops.MigrationIndex");
    assertThat(file.content()).isEqualTo("com.example.tasks.SchemataMigrations\n");
  }

  @Test
  void emptyIndexCompilesToAnEmptyList() {
    String source = IndexRenderer.render("p", List.of()).toString();

    assertThat(source).contains("The migrations of this module, none yet, in version order.")
        .contains("return List.of();");
  }
}
