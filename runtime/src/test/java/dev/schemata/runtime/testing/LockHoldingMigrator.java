package dev.schemata.runtime.testing;

import dev.schemata.runtime.Migrator;

/**
 * A migrator in a process of its own, for the test that kills it: it migrates the shop schema and
 * stops for good just before its first table is created, holding the schema lock, after printing
 * {@value #HOLDING}.
 */
public final class LockHoldingMigrator {
  /** The line printed once the lock is held. */
  public static final String HOLDING = "holding the schema lock";

  private LockHoldingMigrator() {}

  /** Usage: {@code LockHoldingMigrator JDBC-URL}. */
  public static void main(String[] args) {
    CountingDataSource counting = new CountingDataSource(new UrlDataSource(args[0]));
    counting.beforeExecute(sql -> {
      if (sql.startsWith("create table customers")) {
        System.out.println(HOLDING);
        System.out.flush();
        sleepForever();
      }
    });
    Migrator.configure().dataSource(counting.dataSource()).migrations(Shop.upTo(3)).load()
        .migrate();
    System.out.println("migrated, which the test did not expect");
  }

  private static void sleepForever() {
    while (true) {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
