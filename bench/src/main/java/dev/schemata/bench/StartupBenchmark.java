package dev.schemata.bench;

import dev.schemata.runtime.Migrator;
import dev.schemata.runtime.dialect.Dialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import liquibase.Liquibase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What an application start costs when the database is already at the newest version: the check
 * each tool makes before it lets the application go on. Every tool gets the same history
 * ({@link SyntheticHistory}; Flyway and Liquibase as the SQL Schemata renders for it) on its own
 * in-memory H2 database; plain JDBC (one connection, one query) is the floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StartupBenchmark {
  static final int VERSIONS = 20;

  private final SyntheticHistory history = new SyntheticHistory(VERSIONS);
  private JdbcDataSource plain;
  private JdbcDataSource schemata;
  private JdbcDataSource flyway;
  private JdbcDataSource liquibase;
  private Path flywayScripts;
  private Path liquibaseChangelog;

  @Setup(Level.Trial)
  public void migrateEveryDatabaseToTheNewestVersion() throws Exception {
    plain = database("plain");
    schemata = database("schemata");
    flyway = database("flyway");
    liquibase = database("liquibase");
    schemataMigrator().migrate();
    flywayScripts = SqlHistory.writeFlywayScripts(history, Files.createTempDirectory("flyway"));
    liquibaseChangelog = SqlHistory.writeLiquibaseChangelog(history,
        Files.createTempDirectory("liquibase"));
    flywayInstance().migrate();
    liquibaseUpdate();
  }

  @Benchmark
  public int plainJdbc() throws SQLException {
    try (Connection connection = plain.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select 1")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @Benchmark
  public Object schemata() {
    return schemataMigrator().migrate();
  }

  @Benchmark
  public Object flyway() {
    return flywayInstance().migrate();
  }

  @Benchmark
  public void liquibase() throws Exception {
    liquibaseUpdate();
  }

  private Migrator schemataMigrator() {
    return Migrator.configure().dataSource(schemata).dialect(Dialect.H2).migrations(history)
        .load();
  }

  private Flyway flywayInstance() {
    return Flyway.configure().dataSource(flyway)
        .locations("filesystem:" + flywayScripts).load();
  }

  private void liquibaseUpdate() throws Exception {
    try (Connection connection = liquibase.getConnection();
        DirectoryResourceAccessor resources =
            new DirectoryResourceAccessor(liquibaseChangelog.getParent());
        Liquibase tool = new Liquibase(liquibaseChangelog.getFileName().toString(), resources,
            new JdbcConnection(connection))) {
      tool.update("");
    }
  }

  private static JdbcDataSource database(String name) {
    JdbcDataSource source = new JdbcDataSource();
    source.setURL("jdbc:h2:mem:bench_" + name + ";DB_CLOSE_DELAY=-1");
    return source;
  }
}
