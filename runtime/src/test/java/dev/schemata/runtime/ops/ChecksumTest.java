package dev.schemata.runtime.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksumTest {

  private static List<Operation> fixtureOperations() {
    return Fixtures.everyOperation().map(a -> (Operation) a.get()[1]).toList();
  }

  @Test
  void isTheSha256OfTheOperationTextsOneALine() {
    // Computed outside Java from the texts that OperationTextTest pins, each ending in "\n";
    // a change to any text, to the line ending or to the digest breaks this test.
    assertThat(Checksum.of(fixtureOperations())).isEqualTo(
        "879896b9ddeadc631bf310438b511c8de81f2799877b029c73c21dbf57f03cfc");
  }

  @Test
  void keepsTheDigestOfTheOperationsThatPredateSequences() {
    // The first fifteen fixtures are the table operations; versions applied before sequences
    // existed must keep their checksums.
    assertThat(Checksum.of(fixtureOperations().subList(0, 15))).isEqualTo(
        "375a91a8af0b26befc124c2de52dc409dc8eb46c283ba3fbd79b0a26e93fb22d");
  }

  @Test
  void ofNoOperationsIsTheDigestOfNothing() {
    assertThat(Checksum.of(List.of()))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void dependsOnTheOrderOfTheOperations() {
    List<Operation> operations = fixtureOperations();
    List<Operation> reversed = new ArrayList<>(operations);
    Collections.reverse(reversed);

    assertThat(Checksum.of(reversed)).isNotEqualTo(Checksum.of(operations));
  }

  @Test
  void isStableAcrossEqualOperations() {
    assertThat(Checksum.of(fixtureOperations())).isEqualTo(Checksum.of(fixtureOperations()));
  }
}
