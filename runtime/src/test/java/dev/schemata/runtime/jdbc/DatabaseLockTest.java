package dev.schemata.runtime.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.testing.H2;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class DatabaseLockTest {
  private final DataSource dataSource = H2.newDatabase();

  @Test
  void aHeldLockMakesOthersWaitUntilTheirTimeout() throws SQLException {
    try (DatabaseLock held = acquire(Duration.ofSeconds(5)).orElseThrow()) {
      assertThat(acquire(Duration.ofMillis(300))).isEmpty();
    }
    try (DatabaseLock again = acquire(Duration.ofMillis(300)).orElseThrow()) {
      assertThat(again).isNotNull();
    }
  }

  @Test
  void aWaiterGetsTheLockOnceItIsReleased() throws Exception {
    DatabaseLock held = acquire(Duration.ofSeconds(5)).orElseThrow();
    CompletableFuture<Optional<DatabaseLock>> waiter = CompletableFuture.supplyAsync(() -> {
      try {
        return acquire(Duration.ofSeconds(20));
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    });
    Thread.sleep(700);
    assertThat(waiter).isNotDone();
    held.close();
    Optional<DatabaseLock> taken = waiter.get(20, TimeUnit.SECONDS);
    assertThat(taken).isPresent();
    taken.get().close();
  }

  private Optional<DatabaseLock> acquire(Duration timeout) throws SQLException {
    return DatabaseLock.acquire(dataSource, Dialect.H2, timeout);
  }
}
