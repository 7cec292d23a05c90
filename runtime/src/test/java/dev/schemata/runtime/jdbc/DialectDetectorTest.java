package dev.schemata.runtime.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemata.runtime.dialect.Dialect;
import org.junit.jupiter.api.Test;

class DialectDetectorTest {

  @Test
  void knowsEachProductByTheNameAndVersionItsDriverReports() {
    assertThat(DialectDetector.forProduct("H2", "2.4.240 (2025-09-22)")).contains(Dialect.H2);
    assertThat(DialectDetector.forProduct("PostgreSQL", "15.20")).contains(Dialect.POSTGRESQL);
    assertThat(DialectDetector.forProduct("MySQL", "8.4.3")).contains(Dialect.MYSQL);
    assertThat(DialectDetector.forProduct("MariaDB", "10.11.19-MariaDB"))
        .contains(Dialect.MARIADB);
    assertThat(DialectDetector.forProduct("MySQL", "5.5.5-10.11.19-MariaDB"))
        .contains(Dialect.MARIADB);
    assertThat(DialectDetector.forProduct("Oracle", "23")).isEmpty();
    assertThat(DialectDetector.forProductName(null)).isEmpty();
  }
}
