package dev.schemata.runtime.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Everything JDBC metadata says about the user tables of an H2 database, as sorted lines. Names
 * H2 invents for constraint-backing indexes and unnamed primary keys are masked, since recreating
 * an object gives it a new one.
 */
public final class MetadataSnapshot {
  private MetadataSnapshot() {}

  public static String of(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      Set<String> generated = generatedIndexes(connection);
      TreeSet<String> lines = new TreeSet<>();
      for (String table : tables(metaData)) {
        rows(metaData.getColumns(null, "PUBLIC", table, null), lines, "column", generated,
            "TABLE_NAME", "COLUMN_NAME", "ORDINAL_POSITION", "TYPE_NAME", "DATA_TYPE",
            "COLUMN_SIZE", "DECIMAL_DIGITS", "IS_NULLABLE", "COLUMN_DEF", "IS_AUTOINCREMENT");
        rows(metaData.getPrimaryKeys(null, "PUBLIC", table), lines, "pk", generated,
            "TABLE_NAME", "COLUMN_NAME", "KEY_SEQ", "PK_NAME");
        rows(metaData.getIndexInfo(null, "PUBLIC", table, false, false), lines, "index",
            generated, "TABLE_NAME", "INDEX_NAME", "NON_UNIQUE", "ORDINAL_POSITION",
            "COLUMN_NAME");
        rows(metaData.getImportedKeys(null, "PUBLIC", table), lines, "fk", generated,
            "FKTABLE_NAME", "FK_NAME", "KEY_SEQ", "FKCOLUMN_NAME", "PKTABLE_NAME",
            "PKCOLUMN_NAME", "UPDATE_RULE", "DELETE_RULE");
      }
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("select table_name, constraint_name,"
              + " constraint_type from information_schema.table_constraints"
              + " where table_schema = 'PUBLIC' and table_name not like 'SCHEMATA%'")) {
        while (rows.next()) {
          lines.add("constraint " + rows.getString(1) + " " + mask(rows.getString(2), generated)
              + " " + rows.getString(3));
        }
      }
      return String.join("\n", lines);
    }
  }

  private static List<String> tables(DatabaseMetaData metaData) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rows = metaData.getTables(null, "PUBLIC", "%", null)) {
      while (rows.next()) {
        if (!rows.getString("TABLE_NAME").startsWith("SCHEMATA_")) {
          tables.add(rows.getString("TABLE_NAME"));
        }
      }
    }
    return tables;
  }

  private static void rows(ResultSet rows, Set<String> lines, String kind, Set<String> generated,
      String... columns) throws SQLException {
    try (rows) {
      while (rows.next()) {
        StringBuilder line = new StringBuilder(kind);
        for (String column : columns) {
          line.append(' ').append(column).append('=').append(mask(rows.getString(column),
              generated));
        }
        lines.add(line.toString());
      }
    }
  }

  private static String mask(String value, Set<String> generated) {
    if (value != null && (generated.contains(value) || value.matches("CONSTRAINT_[0-9A-F]+"))) {
      return "<generated>";
    }
    return value;
  }

  private static Set<String> generatedIndexes(Connection connection) throws SQLException {
    Set<String> names = new HashSet<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select index_name from information_schema.indexes"
            + " where table_schema = 'PUBLIC' and is_generated")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }
}
