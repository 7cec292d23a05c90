package dev.schemata.runtime.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemata.runtime.model.SqlType.Kind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SqlTypeTest {

  static Stream<Arguments> everyKind() {
    return Stream.of(
        Arguments.of(SqlType.BOOLEAN, "BOOLEAN"),
        Arguments.of(SqlType.TINYINT, "TINYINT"),
        Arguments.of(SqlType.SMALLINT, "SMALLINT"),
        Arguments.of(SqlType.INTEGER, "INTEGER"),
        Arguments.of(SqlType.BIGINT, "BIGINT"),
        Arguments.of(SqlType.REAL, "REAL"),
        Arguments.of(SqlType.DOUBLE, "DOUBLE"),
        Arguments.of(SqlType.decimal(38, 2), "DECIMAL(38,2)"),
        Arguments.of(SqlType.fixedChar(3), "CHAR(3)"),
        Arguments.of(SqlType.varchar(255), "VARCHAR(255)"),
        Arguments.of(SqlType.CLOB, "CLOB"),
        Arguments.of(SqlType.varbinary(16), "VARBINARY(16)"),
        Arguments.of(SqlType.BLOB, "BLOB"),
        Arguments.of(SqlType.DATE, "DATE"),
        Arguments.of(SqlType.time(3), "TIME(3)"),
        Arguments.of(SqlType.timestamp(6), "TIMESTAMP(6)"),
        Arguments.of(SqlType.timestampWithTimeZone(6), "TIMESTAMP_TZ(6)"),
        Arguments.of(SqlType.UUID, "UUID"));
  }

  @Test
  void theCasesCoverEveryKind() {
    List<Kind> covered = everyKind().map(a -> ((SqlType) a.get()[0]).kind()).toList();
    assertThat(covered).containsExactlyInAnyOrder(Kind.values());
  }

  @ParameterizedTest
  @MethodSource("everyKind")
  void writesItsTextForm(SqlType type, String text) {
    assertThat(type).hasToString(text);
  }

  @ParameterizedTest
  @MethodSource("everyKind")
  void readsBackWhatItWrites(SqlType type, String text) {
    assertThat(SqlType.parse(type.toString())).isEqualTo(type);
  }

  @Test
  void readsLowerCaseAndSurroundingSpace() {
    assertThat(SqlType.parse("  varchar(40) ")).isEqualTo(SqlType.varchar(40));
    assertThat(SqlType.parse("timestamp_tz(3)")).isEqualTo(SqlType.timestampWithTimeZone(3));
  }

  @Test
  void readsTemporalKindsWithoutPrecisionAsZeroDigits() {
    assertThat(SqlType.parse("TIMESTAMP")).isEqualTo(SqlType.timestamp(0));
    assertThat(SqlType.timestamp(0)).hasToString("TIMESTAMP(0)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "VARCHAR(", "VARCHAR(10", "VARCHAR()", "VARCHAR(a)", "12",
      "DECIMAL(5, 2)", "VARCHAR(10) NOT NULL"})
  void rejectsTextThatIsNotAType(String text) {
    assertThatThrownBy(() -> SqlType.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a column type: '" + text + "'");
  }

  @Test
  void rejectsAnUnknownKind() {
    assertThatThrownBy(() -> SqlType.parse("TEXT"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown column type 'TEXT'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"INTEGER(5)", "VARCHAR", "VARCHAR(0)", "VARCHAR(10,2)", "CHAR(0)",
      "DECIMAL", "DECIMAL(5,6)", "DECIMAL(0,0)", "TIME(3,1)", "UUID(16)", "CLOB(100)"})
  void rejectsSizesTheKindDoesNotTake(String text) {
    assertThatThrownBy(() -> SqlType.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not take");
  }

  @Test
  void rejectsASizeBeyondInt() {
    assertThatThrownBy(() -> SqlType.parse("VARCHAR(99999999999)"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsBadSizesAtConstruction() {
    assertThatThrownBy(() -> SqlType.varchar(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("VARCHAR does not take length 0, precision 0, scale 0");
    assertThatThrownBy(() -> SqlType.varbinary(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("negative size in VARBINARY: -1/0/0");
    assertThatThrownBy(() -> SqlType.decimal(4, 5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("DECIMAL does not take length 0, precision 4, scale 5");
    assertThatThrownBy(() -> new SqlType(Kind.INTEGER, 10, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SqlType(Kind.TIME, 0, 3, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SqlType(null, 0, 0, 0))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void acceptsTheLargestScaleForAPrecision() {
    assertThat(SqlType.decimal(5, 5)).hasToString("DECIMAL(5,5)");
    assertThat(SqlType.decimal(5, 0)).hasToString("DECIMAL(5,0)");
  }
}
