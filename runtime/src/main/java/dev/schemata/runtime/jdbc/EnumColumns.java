package dev.schemata.runtime.jdbc;

import dev.schemata.runtime.model.SqlType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the constants of a native enum column: H2 spells them in the type name its driver reports
 * ({@code ENUM('A', 'B')}), MySQL and MariaDB only in {@code information_schema}; PostgreSQL's
 * named enum types list them in {@code pg_enum}.
 */
final class EnumColumns {
  private EnumColumns() {}

  /** Whether the reported type name is a native enum type. */
  static boolean isEnum(String typeName) {
    return typeName != null && typeName.toUpperCase(Locale.ROOT).startsWith("ENUM");
  }

  /** The type an enum column is read as: text as long as its longest constant. */
  static SqlType type(int size) {
    return SqlType.varchar(Math.max(size, 1));
  }

  /** The constants of an enum column, as the engine keeps them. */
  static List<String> values(Connection connection, String table, String column,
      String typeName) throws SQLException {
    if (typeName.indexOf('(') >= 0) {
      return parse(typeName);
    }
    try (PreparedStatement query = connection.prepareStatement("select column_type from"
        + " information_schema.columns where table_schema = database() and table_name = ?"
        + " and column_name = ?")) {
      query.setString(1, table);
      query.setString(2, column);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          throw new IllegalStateException("column " + table + "." + column
              + " has an enum type whose constants cannot be read");
        }
        return parse(row.getString(1));
      }
    }
  }

  /**
   * PostgreSQL's enum types in the connection's current schema, by name, each with its constants
   * in the type's order. Types without constants are left out: no model column holds one.
   */
  static Map<String, List<String>> postgresTypes(Connection connection) throws SQLException {
    Map<String, List<String>> types = new LinkedHashMap<>();
    try (PreparedStatement query = connection.prepareStatement("select t.typname, e.enumlabel"
        + " from pg_type t join pg_enum e on e.enumtypid = t.oid"
        + " join pg_namespace n on n.oid = t.typnamespace"
        + " where n.nspname = current_schema() order by t.typname, e.enumsortorder");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        types.computeIfAbsent(rows.getString(1), t -> new ArrayList<>()).add(rows.getString(2));
      }
    }
    types.replaceAll((name, labels) -> List.copyOf(labels));
    return types;
  }

  /** The quoted constants of {@code enum('A', 'B')}, a doubled quote standing for one. */
  static List<String> parse(String text) {
    List<String> values = new ArrayList<>();
    StringBuilder value = null;
    for (int i = text.indexOf('(') + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (value == null) {
        if (c == '\'') {
          value = new StringBuilder();
        }
      } else if (c != '\'') {
        value.append(c);
      } else if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
        value.append('\'');
        i++;
      } else {
        values.add(value.toString());
        value = null;
      }
    }
    return List.copyOf(values);
  }
}
