package dev.schemata.runtime.jdbc;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.ops.DataContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The {@link DataContext} of a data step: the migration's connection and its dialect. */
final class StepContext implements DataContext {
  private final Connection connection;
  private final Dialect dialect;

  StepContext(Connection connection, Dialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  @Override
  public Connection connection() {
    return connection;
  }

  @Override
  public String dialect() {
    return dialect.name();
  }

  @Override
  public String quote(String identifier) {
    return dialect.quote(identifier);
  }

  @Override
  public int execute(String sql, Object... parameters) throws SQLException {
    Sql.LOG.log(System.Logger.Level.DEBUG, "executing: {0}", sql);
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
  }

  @Override
  public int insert(String table, List<String> columns, List<?>... rows) throws SQLException {
    Objects.requireNonNull(table, "table");
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("insert into " + table + " needs at least one column");
    }
    String sql = "insert into " + quote(table) + " "
        + columns.stream().map(this::quote).collect(Collectors.joining(", ", "(", ")"))
        + " values " + columns.stream().map(c -> "?").collect(Collectors.joining(", ", "(", ")"));
    int inserted = 0;
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (List<?> row : rows) {
        if (row.size() != columns.size()) {
          throw new IllegalArgumentException("a row for " + table + " has " + row.size()
              + " values for " + columns.size() + " columns: " + row);
        }
        for (int i = 0; i < row.size(); i++) {
          statement.setObject(i + 1, row.get(i));
        }
        inserted += statement.executeUpdate();
      }
    }
    return inserted;
  }
}
