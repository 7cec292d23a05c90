package dev.schemata.runtime.ops;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What a {@link DataStep} works with: the migration's connection and helpers for the common
 * statements, which quote identifiers for the engine and pass every value as a bind parameter.
 */
public interface DataContext {

  /**
   * The connection the version runs on. Do not commit, roll back or close it: the runtime owns
   * its transaction.
   */
  Connection connection();

  /** The name of the database's dialect, as in {@code PostgreSQL} or {@code H2}. */
  String dialect();

  /** An identifier as it goes into SQL on this engine, quoted when it needs to be. */
  String quote(String identifier);

  /**
   * Runs one statement with {@code ?} placeholders bound, in order, to {@code parameters}.
   *
   * @return the number of rows the statement changed
   */
  int execute(String sql, Object... parameters) throws SQLException;

  /**
   * Inserts rows into a table, as in {@code insert("priorities", List.of("id", "name"),
   * List.of(1, "low"), List.of(2, "high"))}.
   *
   * @param rows the values of each row, one per column and in the columns' order
   * @return the number of rows inserted
   */
  int insert(String table, List<String> columns, List<?>... rows) throws SQLException;
}
