package dev.schemata.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemata.runtime.testing.CountingDataSource;
import dev.schemata.runtime.testing.H2;
import dev.schemata.runtime.testing.Shop;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class MigratorConcurrencyTest {

  @Test
  void anUpToDateDatabaseCostsOneQueryAndNoLock() {
    CountingDataSource counting = new CountingDataSource(H2.newDatabase());
    Migrator migrator = Migrator.configure().dataSource(counting.dataSource())
        .migrations(Shop.upTo(3)).load();
    migrator.migrate();
    counting.reset();

    MigrateResult result = migrator.migrate();

    assertThat(result.applied()).isEmpty();
    assertThat(result.currentVersion()).isEqualTo(3);
    assertThat(counting.executed()).hasSize(1);
    assertThat(counting.connections()).isEqualTo(1);
  }

  @Test
  void pendingWorkTakesTheLockOnASecondConnection() {
    CountingDataSource counting = new CountingDataSource(H2.newDatabase());
    Migrator.configure().dataSource(counting.dataSource()).migrations(Shop.upTo(1)).load()
        .migrate();
    counting.reset();

    Migrator.configure().dataSource(counting.dataSource()).migrations(Shop.upTo(2)).load()
        .migrate();

    assertThat(counting.connections()).isEqualTo(2);
    assertThat(counting.executed()).anyMatch(sql -> sql.endsWith("for update"));
  }

  @Test
  void eightConcurrentMigrationsApplyEachVersionOnce() throws Exception {
    DataSource dataSource = H2.newDatabase();
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<MigrateResult>> results = new ArrayList<>();
    try {
      for (int i = 0; i < threads; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return Migrator.configure().dataSource(dataSource).migrations(Shop.upTo(3))
              .lockTimeout(Duration.ofSeconds(60)).load().migrate();
        }));
      }
      start.countDown();
      List<Integer> applied = new ArrayList<>();
      for (Future<MigrateResult> result : results) {
        MigrateResult done = result.get(120, TimeUnit.SECONDS);
        assertThat(done.currentVersion()).isEqualTo(3);
        done.applied().forEach(version -> applied.add(version.version()));
      }
      assertThat(applied).containsExactlyInAnyOrder(1, 2, 3);
      assertThat(history(dataSource)).containsExactly("1 true", "2 true", "3 true");
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<String> history(DataSource dataSource) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(
            "select version, success from schemata_history order by version")) {
      while (result.next()) {
        rows.add(result.getInt(1) + " " + result.getBoolean(2));
      }
    }
    return rows;
  }
}
