package dev.schemata.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemata.runtime.testing.Engine;
import dev.schemata.runtime.testing.LockHoldingMigrator;
import dev.schemata.runtime.testing.Shop;
import dev.schemata.runtime.testing.TestDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Many application instances starting at once, and one that dies holding the lock. */
class EngineConcurrencyTest {
  private static final int MIGRATORS = 8;

  @ParameterizedTest
  @EnumSource(Engine.class)
  void eightConcurrentMigratorsApplyEachVersionExactlyOnce(Engine engine) throws Exception {
    try (TestDatabase database = engine.create()) {
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(MIGRATORS);
      List<Future<MigrateResult>> results = new ArrayList<>();
      try {
        for (int i = 0; i < MIGRATORS; i++) {
          results.add(pool.submit(() -> {
            Migrator migrator = Migrator.configure().dataSource(database.dataSource())
                .migrations(Shop.upTo(3)).lockTimeout(Duration.ofSeconds(60)).load();
            start.await();
            return migrator.migrate();
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
        assertThat(history(database)).containsExactly("1 true", "2 true", "3 true");
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aMigratorKilledWhileHoldingTheLockLeavesNoLockBehind(Engine engine) throws Exception {
    try (TestDatabase database = engine.create()) {
      Process child = new ProcessBuilder(javaCommand(), "-cp",
          System.getProperty("java.class.path"), "-Dmariadb.logging.disable=true",
          LockHoldingMigrator.class.getName(), database.sharedUrl())
          .redirectErrorStream(true).start();
      try {
        assertThat(firstLine(child)).isEqualTo(LockHoldingMigrator.HOLDING);
        Migrator impatient = Migrator.configure().dataSource(database.dataSource())
            .migrations(Shop.upTo(3)).lockTimeout(Duration.ofMillis(500)).load();
        assertThatThrownBy(impatient::migrate)
            .isInstanceOfSatisfying(SchemataException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.LOCK_TIMEOUT));
      } finally {
        child.destroyForcibly();
        child.waitFor(30, TimeUnit.SECONDS);
      }

      Migrator next = Migrator.configure().dataSource(database.dataSource())
          .migrations(Shop.upTo(3)).lockTimeout(Duration.ofSeconds(30)).load();
      assertThat(next.migrate().applied()).extracting(AppliedVersion::version)
          .containsExactly(1, 2, 3);
      assertThat(history(database)).containsExactly("1 true", "2 true", "3 true");
    }
  }

  private static String javaCommand() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The child's first line of output, waiting for it at most a minute. */
  private static String firstLine(Process child) throws Exception {
    BufferedReader reader = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
      try {
        StringBuilder output = new StringBuilder();
        for (String next = reader.readLine(); next != null; next = reader.readLine()) {
          if (next.equals(LockHoldingMigrator.HOLDING)) {
            return next;
          }
          output.append(next).append('\n');
        }
        return "child ended without taking the lock:\n" + output;
      } catch (IOException e) {
        return "cannot read the child: " + e;
      }
    });
    return line.get(60, TimeUnit.SECONDS);
  }

  private static List<String> history(TestDatabase database) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection connection = database.connect();
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
