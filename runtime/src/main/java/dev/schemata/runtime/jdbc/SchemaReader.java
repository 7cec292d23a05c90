package dev.schemata.runtime.jdbc;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Sequence;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the live schema of a connection's current schema into the model, through JDBC metadata:
 * every table but Schemata's own ({@code schemata_*}), with columns, primary key, indexes, unique
 * constraints and foreign keys, and every sequence but those behind identity columns. Names are
 * as the database keeps them (H2 upper-cases unquoted names, PostgreSQL lower-cases them), types
 * as {@link Dialect#storedType} gives them; indexes the engine made to back a constraint are left
 * out, as the model does not hold them.
 */
public final class SchemaReader {
  private final Connection connection;
  private final DatabaseMetaData metaData;
  private final String catalog;
  private final String schemaPattern;
  /** PostgreSQL's enum types of the schema with their constants; empty on other engines. */
  private Map<String, List<String>> enumTypes = Map.of();

  private SchemaReader(Connection connection) throws SQLException {
    this.connection = connection;
    this.metaData = connection.getMetaData();
    this.catalog = connection.getCatalog();
    this.schemaPattern = Sql.escape(metaData, connection.getSchema());
  }

  /**
   * The schema the connection sees.
   *
   * @throws IllegalStateException when a column has a type the model cannot express
   */
  public static Schema read(Connection connection, Dialect dialect) throws SQLException {
    return new SchemaReader(connection).read(dialect);
  }

  private Schema read(Dialect dialect) throws SQLException {
    ConstraintCatalog constraints = ConstraintCatalog.read(connection, dialect);
    List<Sequence> sequences = SequenceCatalog.read(connection, dialect);
    Set<String> sequenceNames = new HashSet<>();
    sequences.forEach(s -> sequenceNames.add(s.name()));
    if (dialect == Dialect.POSTGRESQL) {
      enumTypes = EnumColumns.postgresTypes(connection);
    }
    List<Table> tables = new ArrayList<>();
    for (String name : tableNames()) {
      if (sequenceNames.contains(name)) {
        // MariaDB keeps a sequence as a table, and its driver lists it among them.
        continue;
      }
      tables.add(new Table(name, columns(name, dialect), primaryKey(name),
          indexes(name, constraints.backingIndexes(), dialect), constraints.uniqueConstraints(name),
          foreignKeys(name)));
    }
    return Schema.of(tables, sequences);
  }

  private List<String> tableNames() throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rows = metaData.getTables(catalog, schemaPattern, "%", null)) {
      while (rows.next()) {
        String type = rows.getString("TABLE_TYPE");
        String name = rows.getString("TABLE_NAME");
        boolean table = "TABLE".equals(type) || "BASE TABLE".equals(type);
        if (table && !name.toLowerCase(Locale.ROOT).startsWith("schemata_")) {
          names.add(name);
        }
      }
    }
    return names;
  }

  private List<Column> columns(String table, Dialect dialect) throws SQLException {
    TreeMap<Integer, Column> byPosition = new TreeMap<>();
    Map<String, String> enums = new LinkedHashMap<>();
    try (ResultSet rows = metaData.getColumns(catalog, schemaPattern,
        Sql.escape(metaData, table), "%")) {
      while (rows.next()) {
        String name = rows.getString("COLUMN_NAME");
        String typeName = rows.getString("TYPE_NAME");
        List<String> labels = enumTypes.get(typeName);
        if (labels != null) {
          byPosition.put(rows.getInt("ORDINAL_POSITION"), enumTyped(rows, name, typeName,
              labels));
          continue;
        }
        boolean isEnum = EnumColumns.isEnum(typeName);
        SqlType type = isEnum ? EnumColumns.type(rows.getInt("COLUMN_SIZE"))
            : TypeMapping.of(dialect, table + "." + name, rows.getInt("DATA_TYPE"), typeName,
                rows.getInt("COLUMN_SIZE"), rows.getInt("DECIMAL_DIGITS"));
        enums.put(name, typeName);
        Column column = new Column(name, type,
            "YES".equals(rows.getString("IS_NULLABLE")),
            DefaultValues.read(dialect, rows.getString("COLUMN_DEF")),
            "YES".equals(rows.getString("IS_AUTOINCREMENT")));
        if (!isEnum) {
          enums.remove(name);
        }
        byPosition.put(rows.getInt("ORDINAL_POSITION"), column);
      }
    }
    // Read after the metadata rows are closed: MySQL's constants need a query of their own.
    List<Column> columns = new ArrayList<>();
    for (Column column : byPosition.values()) {
      String typeName = enums.get(column.name());
      columns.add(typeName == null ? column : new Column(column.name(), column.type(),
          column.nullable(), column.defaultValue(), column.identity(),
          EnumColumns.values(connection, table, column.name(), typeName)));
    }
    return List.copyOf(columns);
  }

  /** A column of a PostgreSQL enum type: text as long as its longest constant, as elsewhere. */
  private Column enumTyped(ResultSet rows, String name, String typeName, List<String> labels)
      throws SQLException {
    int longest = labels.stream().mapToInt(String::length).max().orElse(1);
    return new Column(name, EnumColumns.type(longest), "YES".equals(rows.getString("IS_NULLABLE")),
        DefaultValues.read(Dialect.POSTGRESQL, rows.getString("COLUMN_DEF")), false, labels,
        typeName);
  }

  private List<String> primaryKey(String table) throws SQLException {
    TreeMap<Integer, String> bySequence = new TreeMap<>();
    try (ResultSet rows = metaData.getPrimaryKeys(catalog, connection.getSchema(), table)) {
      while (rows.next()) {
        bySequence.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME"));
      }
    }
    return List.copyOf(bySequence.values());
  }

  private List<Index> indexes(String table, Set<String> skipped, Dialect dialect)
      throws SQLException {
    Map<String, TreeMap<Integer, String>> columns = new LinkedHashMap<>();
    Map<String, Boolean> unique = new LinkedHashMap<>();
    try (ResultSet rows = metaData.getIndexInfo(catalog, connection.getSchema(), table, false,
        false)) {
      while (rows.next()) {
        String name = rows.getString("INDEX_NAME");
        if (name == null || rows.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic
            || skipped.contains(name)) {
          continue;
        }
        columns.computeIfAbsent(name, n -> new TreeMap<>())
            .put((int) rows.getShort("ORDINAL_POSITION"),
                indexColumn(dialect, rows.getString("COLUMN_NAME")));
        unique.put(name, !rows.getBoolean("NON_UNIQUE"));
      }
    }
    List<Index> indexes = new ArrayList<>();
    columns.forEach((name, byPosition) -> indexes.add(
        new Index(name, List.copyOf(byPosition.values()), unique.get(name))));
    return indexes;
  }

  /**
   * PostgreSQL's driver takes index columns from the index's SQL text, since a column may be an
   * expression, and unquotes them only partly: a quote inside a name stays doubled.
   */
  private static String indexColumn(Dialect dialect, String reported) {
    if (dialect != Dialect.POSTGRESQL) {
      return reported;
    }
    String name = reported;
    if (name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")) {
      name = name.substring(1, name.length() - 1);
    }
    return name.replace("\"\"", "\"");
  }

  private List<ForeignKey> foreignKeys(String table) throws SQLException {
    Map<String, TreeMap<Integer, String[]>> keys = new LinkedHashMap<>();
    Map<String, String> referenced = new LinkedHashMap<>();
    try (ResultSet rows = metaData.getImportedKeys(catalog, connection.getSchema(), table)) {
      while (rows.next()) {
        String name = rows.getString("FK_NAME");
        keys.computeIfAbsent(name, n -> new TreeMap<>()).put(rows.getInt("KEY_SEQ"),
            new String[] {rows.getString("FKCOLUMN_NAME"), rows.getString("PKCOLUMN_NAME")});
        referenced.put(name, rows.getString("PKTABLE_NAME"));
      }
    }
    List<ForeignKey> foreignKeys = new ArrayList<>();
    keys.forEach((name, pairs) -> foreignKeys.add(new ForeignKey(name,
        pairs.values().stream().map(pair -> pair[0]).toList(), referenced.get(name),
        pairs.values().stream().map(pair -> pair[1]).toList())));
    return foreignKeys;
  }
}
