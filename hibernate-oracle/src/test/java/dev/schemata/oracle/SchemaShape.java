package dev.schemata.oracle;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads the shape of every table of an H2 database's PUBLIC schema through JDBC metadata, and its
 * sequences from the information schema.
 */
final class SchemaShape {
  /** Hibernate ORM's derived names, FK or UK and a hash; H2's names for its own indexes. */
  private static final Pattern DERIVED = Pattern.compile(
      "(FK|UK)[A-Z0-9]{20,30}|PRIMARY_KEY_.*|CONSTRAINT_.*|.*_INDEX_[A-Z0-9]+");

  private SchemaShape() {}

  static SortedMap<String, TableShape> read(Connection connection, String... ignoredTables)
      throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    SortedMap<String, TableShape> tables = new TreeMap<>();
    try (ResultSet rs = meta.getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String table = rs.getString("TABLE_NAME");
        if (!List.of(ignoredTables).contains(table.toLowerCase(Locale.ROOT))) {
          tables.put(table, table(meta, table));
        }
      }
    }
    return tables;
  }

  /** Every sequence of the PUBLIC schema, as {@code NAME start S increment I}. */
  static SortedSet<String> sequences(Connection connection) throws SQLException {
    SortedSet<String> sequences = new TreeSet<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select sequence_name, start_value, increment"
            + " from information_schema.sequences where sequence_schema = 'PUBLIC'")) {
      while (rs.next()) {
        sequences.add(rs.getString(1) + " start " + rs.getLong(2) + " increment "
            + rs.getLong(3));
      }
    }
    return sequences;
  }

  private static TableShape table(DatabaseMetaData meta, String table) throws SQLException {
    SortedSet<String> columns = new TreeSet<>();
    try (ResultSet rs = meta.getColumns(null, "PUBLIC", table, "%")) {
      while (rs.next()) {
        columns.add(rs.getString("COLUMN_NAME") + " " + rs.getString("TYPE_NAME")
            + "(" + rs.getInt("COLUMN_SIZE") + "," + rs.getInt("DECIMAL_DIGITS") + ")"
            + (rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " NOT NULL" : " NULL")
            + (rs.getString("COLUMN_DEF") == null ? "" : " DEFAULT " + rs.getString("COLUMN_DEF"))
            + ("YES".equals(rs.getString("IS_AUTOINCREMENT")) ? " IDENTITY" : ""));
      }
    }
    Map<Short, String> key = new TreeMap<>();
    try (ResultSet rs = meta.getPrimaryKeys(null, "PUBLIC", table)) {
      while (rs.next()) {
        key.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
      }
    }
    SortedSet<String> names = new TreeSet<>();
    return new TableShape(columns, new ArrayList<>(key.values()), indexes(meta, table, names),
        foreignKeys(meta, table, names), names);
  }

  private static void chosen(String name, SortedSet<String> names) {
    if (!DERIVED.matcher(name).matches()) {
      names.add(name);
    }
  }

  private static SortedSet<String> indexes(DatabaseMetaData meta, String table,
      SortedSet<String> names) throws SQLException {
    Map<String, Map<Short, String>> columns = new TreeMap<>();
    Map<String, Boolean> unique = new TreeMap<>();
    try (ResultSet rs = meta.getIndexInfo(null, "PUBLIC", table, false, false)) {
      while (rs.next()) {
        String name = rs.getString("INDEX_NAME");
        columns.computeIfAbsent(name, n -> new TreeMap<>())
            .put(rs.getShort("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"));
        unique.put(name, !rs.getBoolean("NON_UNIQUE"));
        chosen(name, names);
      }
    }
    SortedSet<String> indexes = new TreeSet<>();
    columns.forEach((name, cols) -> indexes.add((unique.get(name) ? "unique " : "")
        + "(" + String.join(", ", cols.values()) + ")"));
    return indexes;
  }

  private static SortedSet<String> foreignKeys(DatabaseMetaData meta, String table,
      SortedSet<String> names) throws SQLException {
    Map<String, List<String>> from = new TreeMap<>();
    Map<String, List<String>> to = new TreeMap<>();
    Map<String, String> target = new TreeMap<>();
    try (ResultSet rs = meta.getImportedKeys(null, "PUBLIC", table)) {
      while (rs.next()) {
        String name = rs.getString("FK_NAME");
        from.computeIfAbsent(name, n -> new ArrayList<>()).add(rs.getString("FKCOLUMN_NAME"));
        to.computeIfAbsent(name, n -> new ArrayList<>()).add(rs.getString("PKCOLUMN_NAME"));
        target.put(name, rs.getString("PKTABLE_NAME"));
        chosen(name, names);
      }
    }
    SortedSet<String> keys = new TreeSet<>();
    from.forEach((name, cols) -> keys.add("(" + String.join(", ", cols) + ") -> "
        + target.get(name) + " (" + String.join(", ", to.get(name)) + ")"));
    return keys;
  }
}
