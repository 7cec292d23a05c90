package dev.schemata.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemata.runtime.model.SqlType;
import org.junit.jupiter.api.Test;

/** The spellings of one default that engines report back compare equal; others do not. */
class DefaultTextTest {

  @Test
  void numbersCompareByValueWhateverTheScaleOrQuotes() {
    SqlType money = SqlType.decimal(12, 2);
    assertThat(DefaultText.canonical("0.00", money)).isEqualTo(DefaultText.canonical("0", money))
        .isEqualTo(DefaultText.canonical("'0'::numeric", money)).isEqualTo("0");
    assertThat(DefaultText.canonical("(-1.50)", money)).isEqualTo("-1.5");
    assertThat(DefaultText.canonical("1.5", money)).isNotEqualTo(DefaultText.canonical("15",
        money));
    // On a text column a quoted number is text.
    assertThat(DefaultText.canonical("'0'", SqlType.varchar(5))).isEqualTo("'0'");
  }

  @Test
  void booleansWrittenAsNumbersAreBooleans() {
    assertThat(DefaultText.canonical("1", SqlType.BOOLEAN)).isEqualTo("TRUE");
    assertThat(DefaultText.canonical("0", SqlType.BOOLEAN)).isEqualTo("FALSE");
    assertThat(DefaultText.canonical("true", SqlType.BOOLEAN)).isEqualTo("TRUE");
    assertThat(DefaultText.canonical("1", SqlType.INTEGER)).isEqualTo("1");
  }

  @Test
  void castsParenthesesFunctionsAndCaseAreSetAside() {
    assertThat(DefaultText.canonical("('open'::character varying)", SqlType.varchar(20)))
        .isEqualTo("'open'");
    assertThat(DefaultText.canonical("'Open'", SqlType.varchar(20))).isEqualTo("'Open'");
    assertThat(DefaultText.canonical("current_timestamp()", null))
        .isEqualTo(DefaultText.canonical("now()", null))
        .isEqualTo(DefaultText.canonical("CURRENT_TIMESTAMP", null));
    assertThat(DefaultText.canonical("NULL", SqlType.INTEGER)).isNull();
    assertThat(DefaultText.canonical(null, SqlType.INTEGER)).isNull();
  }

  @Test
  void sequenceCallsAreRecognised() {
    assertThat(DefaultText.isSequenceCall("nextval('customers_id_seq'::regclass)")).isTrue();
    assertThat(DefaultText.isSequenceCall("0")).isFalse();
    assertThat(DefaultText.isSequenceCall(null)).isFalse();
  }
}
