package dev.schemata.processor.store;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Sequence;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.model.UniqueConstraint;
import java.util.Arrays;
import java.util.List;

/**
 * The JSON shape of model values. A table has two shapes: inside {@code createTable} and {@code
 * dropTable} it has no indexes or foreign keys (those are their own operations); in {@code
 * schema.json} it is complete.
 */
final class ModelJson {
  private static final String[] COLUMN_KEYS =
      {"name", "type", "nullable", "default", "identity", "values", "enumType"};
  private static final String[] BARE_TABLE_KEYS =
      {"name", "columns", "primaryKey", "uniqueConstraints"};
  private static final String[] FULL_TABLE_KEYS =
      {"name", "columns", "primaryKey", "indexes", "uniqueConstraints", "foreignKeys"};

  private ModelJson() {}

  static void writeColumn(JsonOut out, Column column) {
    out.text("name", column.name())
        .text("type", column.type().toString())
        .bool("nullable", column.nullable());
    if (column.defaultValue() != null) {
      out.text("default", column.defaultValue());
    }
    if (column.identity()) {
      out.bool("identity", true);
    }
    if (column.isEnum()) {
      out.texts("values", column.values());
    }
    if (column.enumType() != null) {
      out.text("enumType", column.enumType());
    }
  }

  static Column readColumn(JsonValue value, String what) {
    JsonFields fields = JsonFields.of(value, what, COLUMN_KEYS);
    String name = fields.text("name");
    SqlType type = readType(fields);
    boolean nullable = fields.bool("nullable");
    String defaultValue = fields.optionalText("default");
    boolean identity = fields.optionalFlag("identity");
    List<String> values = fields.optionalTexts("values");
    String enumType = fields.optionalText("enumType");
    return fields.build(
        () -> new Column(name, type, nullable, defaultValue, identity, values, enumType));
  }

  private static SqlType readType(JsonFields fields) {
    String text = fields.text("type");
    try {
      return SqlType.parse(text);
    } catch (IllegalArgumentException e) {
      throw new FileFormatException(fields.value("type").line(), "\"" + text
          + "\" is not a column type (" + e.getMessage() + "); write a type such as BIGINT, "
          + "VARCHAR(255), DECIMAL(19,2) or TIMESTAMP(6), one of " + kinds());
    }
  }

  private static String kinds() {
    return String.join(", ", Arrays.stream(SqlType.Kind.values())
        .map(Enum::name).toList());
  }

  /** A table without indexes and foreign keys, as created and dropped by operations. */
  static void writeBareTable(JsonOut out, Table table) {
    out.text("name", table.name())
        .objects("columns", table.columns(), ModelJson::writeColumn)
        .texts("primaryKey", table.primaryKey())
        .objects("uniqueConstraints", table.uniqueConstraints(), ModelJson::writeUnique);
  }

  /** A table with everything it has, as in {@code schema.json}. */
  static void writeFullTable(JsonOut out, Table table) {
    out.text("name", table.name())
        .objects("columns", table.columns(), ModelJson::writeColumn)
        .texts("primaryKey", table.primaryKey())
        .objects("indexes", table.indexes(), ModelJson::writeIndex)
        .objects("uniqueConstraints", table.uniqueConstraints(), ModelJson::writeUnique)
        .objects("foreignKeys", table.foreignKeys(), ModelJson::writeForeignKey);
  }

  static Table readBareTable(JsonValue value, String what) {
    JsonFields fields = JsonFields.of(value, what, BARE_TABLE_KEYS);
    String name = fields.text("name");
    List<Column> columns = readColumns(fields, name);
    List<String> primaryKey = fields.texts("primaryKey");
    List<UniqueConstraint> uniques = fields.array("uniqueConstraints").stream()
        .map(v -> readUnique(v, "a unique constraint of table " + name)).toList();
    return fields.build(() -> new Table(name, columns, primaryKey, List.of(), uniques, List.of()));
  }

  static Table readFullTable(JsonValue value, String what) {
    JsonFields fields = JsonFields.of(value, what, FULL_TABLE_KEYS);
    String name = fields.text("name");
    List<Column> columns = readColumns(fields, name);
    List<String> primaryKey = fields.texts("primaryKey");
    List<Index> indexes = fields.array("indexes").stream()
        .map(v -> readIndex(v, "an index of table " + name)).toList();
    List<UniqueConstraint> uniques = fields.array("uniqueConstraints").stream()
        .map(v -> readUnique(v, "a unique constraint of table " + name)).toList();
    List<ForeignKey> foreignKeys = fields.array("foreignKeys").stream()
        .map(v -> readForeignKey(v, "a foreign key of table " + name)).toList();
    return fields.build(
        () -> new Table(name, columns, primaryKey, indexes, uniques, foreignKeys));
  }

  private static List<Column> readColumns(JsonFields fields, String table) {
    return fields.array("columns").stream()
        .map(v -> readColumn(v, "a column of table " + table)).toList();
  }

  static void writeIndex(JsonOut out, Index index) {
    out.text("name", index.name())
        .texts("columns", index.columns())
        .bool("unique", index.unique());
  }

  static Index readIndex(JsonValue value, String what) {
    JsonFields fields = JsonFields.of(value, what, "name", "columns", "unique");
    String name = fields.text("name");
    List<String> columns = fields.texts("columns");
    boolean unique = fields.bool("unique");
    return fields.build(() -> new Index(name, columns, unique));
  }

  static void writeUnique(JsonOut out, UniqueConstraint constraint) {
    out.text("name", constraint.name())
        .texts("columns", constraint.columns());
  }

  static UniqueConstraint readUnique(JsonValue value, String what) {
    JsonFields fields = JsonFields.of(value, what, "name", "columns");
    String name = fields.text("name");
    List<String> columns = fields.texts("columns");
    return fields.build(() -> new UniqueConstraint(name, columns));
  }

  static void writeSequence(JsonOut out, Sequence sequence) {
    out.text("name", sequence.name())
        .number("start", sequence.start())
        .number("increment", sequence.increment());
  }

  static Sequence readSequence(JsonValue value, String what) {
    JsonFields fields = JsonFields.of(value, what, "name", "start", "increment");
    String name = fields.text("name");
    long start = fields.longInteger("start");
    long increment = fields.longInteger("increment");
    return fields.build(() -> new Sequence(name, start, increment));
  }

  static void writeForeignKey(JsonOut out, ForeignKey key) {
    out.text("name", key.name())
        .texts("columns", key.columns())
        .text("referencedTable", key.referencedTable())
        .texts("referencedColumns", key.referencedColumns());
  }

  static ForeignKey readForeignKey(JsonValue value, String what) {
    JsonFields fields = JsonFields.of(value, what,
        "name", "columns", "referencedTable", "referencedColumns");
    String name = fields.text("name");
    List<String> columns = fields.texts("columns");
    String referencedTable = fields.text("referencedTable");
    List<String> referencedColumns = fields.texts("referencedColumns");
    return fields.build(() -> new ForeignKey(name, columns, referencedTable, referencedColumns));
  }
}
