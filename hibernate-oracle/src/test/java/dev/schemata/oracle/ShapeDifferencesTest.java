package dev.schemata.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The comparison itself: what it reports, and what it leaves alone. */
class ShapeDifferencesTest {

  @Test
  void reportsEveryPartThatDiffersAndNamesOnlyWhereHibernateKeptTheUsers() {
    SortedMap<String, TableShape> hibernate = new TreeMap<>();
    hibernate.put("A", shape(List.of("ID BIGINT(64,0) NOT NULL", "X INTEGER(32,0) NULL"),
        List.of("ID"), "(X) -> B (ID)", "FK_A_B", "IX_A_X"));
    hibernate.put("B", shape(List.of("ID BIGINT(64,0) NOT NULL"), List.of("ID"), null));
    SortedMap<String, TableShape> schemata = new TreeMap<>();
    schemata.put("A", shape(List.of("ID BIGINT(64,0) NOT NULL", "X BIGINT(64,0) NULL"),
        List.of(), "(X) -> B (ID)", "FK_A_X", "IX_A_X", "UK_A_X"));
    schemata.put("C", shape(List.of(), List.of(), null));

    assertThat(ShapeDifferences.between(hibernate, schemata)).containsExactly(
        "A column only from Hibernate: X INTEGER(32,0) NULL",
        "A column only from Schemata: X BIGINT(64,0) NULL",
        "A name only from Hibernate: FK_A_B",
        "A primary key: Hibernate [ID], Schemata []",
        "B: only Hibernate creates it",
        "C: only Schemata creates it");
  }

  private static TableShape shape(List<String> columns, List<String> key, String foreignKey,
      String... names) {
    TreeSet<String> keys = new TreeSet<>();
    if (foreignKey != null) {
      keys.add(foreignKey);
    }
    return new TableShape(new TreeSet<>(columns), key, new TreeSet<>(), keys,
        new TreeSet<>(List.of(names)));
  }
}
