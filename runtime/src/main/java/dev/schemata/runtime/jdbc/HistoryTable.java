package dev.schemata.runtime.jdbc;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.ops.CreateTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code schemata_history} table: one row per applied version. Its SQL names are plain
 * lower-case words that no engine reserves, so they need no quoting anywhere.
 */
public final class HistoryTable {
  /** The table name. */
  public static final String NAME = "schemata_history";

  /** The longest description kept; longer ones are cut. */
  static final int DESCRIPTION_LENGTH = 4000;

  static final Table DEFINITION = Table.named(NAME)
      .column(Column.named("version").type(SqlType.INTEGER))
      .column(Column.named("description").type(SqlType.varchar(DESCRIPTION_LENGTH)))
      .column(Column.named("checksum").type(SqlType.varchar(64)))
      .column(Column.named("applied_at").type(SqlType.timestamp(3)))
      .column(Column.named("applied_by").type(SqlType.varchar(128)))
      .column(Column.named("execution_ms").type(SqlType.BIGINT))
      .column(Column.named("success").type(SqlType.BOOLEAN))
      .primaryKey("version")
      .build();

  private static final String COLUMNS =
      "version, description, checksum, applied_at, applied_by, execution_ms, success";

  private HistoryTable() {}

  /**
   * Every row, in version order, with a single query; empty when the table does not exist yet.
   */
  public static Optional<List<HistoryEntry>> read(Connection connection) throws SQLException {
    try {
      return Optional.of(query(connection));
    } catch (SQLException e) {
      // Only a missing table means "no history"; any other failure is real.
      if (!connection.getAutoCommit()) {
        Sql.rollbackQuietly(connection, e);
      }
      if (!Sql.tableExists(connection, NAME)) {
        return Optional.empty();
      }
      // Another process may have created the table since the query failed.
      try {
        return Optional.of(query(connection));
      } catch (SQLException again) {
        again.addSuppressed(e);
        throw again;
      }
    }
  }

  private static List<HistoryEntry> query(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "select " + COLUMNS + " from " + NAME + " order by version")) {
      List<HistoryEntry> entries = new ArrayList<>();
      while (rows.next()) {
        entries.add(new HistoryEntry(rows.getInt(1), rows.getString(2), rows.getString(3),
            rows.getTimestamp(4).toInstant(), rows.getString(5),
            Duration.ofMillis(rows.getLong(6)), rows.getBoolean(7)));
      }
      return entries;
    }
  }

  /** Creates the table unless it exists; safe when another process creates it at the same time. */
  public static void create(Connection connection, Dialect dialect) throws SQLException {
    createIfMissing(connection, dialect, DEFINITION);
  }

  static void createIfMissing(Connection connection, Dialect dialect, Table table)
      throws SQLException {
    if (Sql.tableExists(connection, table.name())) {
      return;
    }
    try {
      // The table is Schemata's own, outside the application's schema: it needs no context.
      for (String sql : dialect.render(new CreateTable(table), Schema.EMPTY)) {
        Sql.execute(connection, sql);
      }
    } catch (SQLException e) {
      if (!Sql.tableExists(connection, table.name())) {
        throw e;
      }
    }
  }

  static void insert(Connection connection, HistoryEntry entry) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "insert into " + NAME + " (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)")) {
      insert.setInt(1, entry.version());
      insert.setString(2, fit(entry.description()));
      insert.setString(3, entry.checksum());
      insert.setTimestamp(4, Timestamp.from(entry.appliedAt()));
      insert.setString(5, entry.appliedBy());
      insert.setLong(6, entry.executionTime().toMillis());
      insert.setBoolean(7, entry.success());
      insert.executeUpdate();
    }
  }

  static void delete(Connection connection, int version) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(
        "delete from " + NAME + " where version = ?")) {
      delete.setInt(1, version);
      delete.executeUpdate();
    }
  }

  /**
   * Deletes the rows of versions recorded as failed, for after an operator has brought the schema
   * back to what it was without them.
   *
   * @return the versions whose rows were deleted, ascending
   */
  public static List<Integer> deleteFailed(Connection connection) throws SQLException {
    List<Integer> failed = read(connection).orElse(List.of()).stream()
        .filter(entry -> !entry.success()).map(HistoryEntry::version).toList();
    for (int version : failed) {
      delete(connection, version);
    }
    return failed;
  }

  static void markFailed(Connection connection, int version, String description)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(
        "update " + NAME + " set success = ?, description = ? where version = ?")) {
      update.setBoolean(1, false);
      update.setString(2, fit(description));
      update.setInt(3, version);
      update.executeUpdate();
    }
  }

  private static String fit(String description) {
    return description.length() <= DESCRIPTION_LENGTH ? description
        : description.substring(0, DESCRIPTION_LENGTH - 1) + "…";
  }
}
