package dev.schemata.runtime.jdbc;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.model.UniqueConstraint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What JDBC metadata does not tell: the unique constraints of a schema (from the standard {@code
 * information_schema} views) and which indexes the engine created to back a constraint.
 *
 * @param uniqueColumns the columns of each unique constraint, by table then constraint name
 * @param backingIndexes the names of indexes that exist only to back a constraint
 */
record ConstraintCatalog(Map<String, Map<String, List<String>>> uniqueColumns,
    Set<String> backingIndexes) {

  private static final String UNIQUE_CONSTRAINTS = "select tc.table_name, tc.constraint_name,"
      + " kcu.column_name from information_schema.table_constraints tc"
      + " join information_schema.key_column_usage kcu"
      + " on kcu.constraint_schema = tc.constraint_schema"
      + " and kcu.constraint_name = tc.constraint_name and kcu.table_name = tc.table_name"
      + " where tc.constraint_type = 'UNIQUE' and tc.table_schema = ?"
      + " order by tc.table_name, tc.constraint_name, kcu.ordinal_position";

  private static final String ALL_CONSTRAINT_NAMES = "select constraint_name"
      + " from information_schema.table_constraints where table_schema = ?";

  // H2 marks the indexes it made for a constraint; an index the user made and a constraint
  // later reused is not marked, and stays in the model.
  private static final String H2_GENERATED_INDEXES = "select index_name"
      + " from information_schema.indexes where table_schema = ? and is_generated";

  static ConstraintCatalog read(Connection connection, Dialect dialect) throws SQLException {
    String schema = connection.getSchema() != null ? connection.getSchema()
        : connection.getCatalog();
    Map<String, Map<String, List<String>>> unique = new LinkedHashMap<>();
    try (PreparedStatement query = connection.prepareStatement(UNIQUE_CONSTRAINTS)) {
      query.setString(1, schema);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          unique.computeIfAbsent(rows.getString(1), t -> new LinkedHashMap<>())
              .computeIfAbsent(rows.getString(2), c -> new ArrayList<>()).add(rows.getString(3));
        }
      }
    }
    String backing = dialect == Dialect.H2 ? H2_GENERATED_INDEXES : ALL_CONSTRAINT_NAMES;
    Set<String> backingIndexes = new HashSet<>();
    try (PreparedStatement query = connection.prepareStatement(backing)) {
      query.setString(1, schema);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          backingIndexes.add(rows.getString(1));
        }
      }
    }
    return new ConstraintCatalog(unique, backingIndexes);
  }

  List<UniqueConstraint> uniqueConstraints(String table) {
    List<UniqueConstraint> constraints = new ArrayList<>();
    uniqueColumns.getOrDefault(table, Map.of())
        .forEach((name, columns) -> constraints.add(new UniqueConstraint(name, columns)));
    return constraints;
  }
}
