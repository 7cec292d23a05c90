package dev.schemata.runtime.jdbc;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.model.SqlType;
import java.sql.Types;
import java.util.Locale;

/**
 * Maps the type a driver reports for a column back to the portable {@link SqlType}: the type that
 * {@link Dialect#storedType} gives for the declared one.
 */
final class TypeMapping {
  // MariaDB's driver reports no fractional digits for temporal columns, only a display size
  // that grows by one for the point and one per digit.
  private static final int MYSQL_TIME_SIZE = 10;
  private static final int MYSQL_DATETIME_SIZE = 19;

  private TypeMapping() {}

  /**
   * The type of a column from its {@code getColumns} row.
   *
   * @throws IllegalStateException naming the column when its type has no portable equivalent
   */
  static SqlType of(Dialect dialect, String column, int dataType, String typeName, int size,
      int digits) {
    String name = typeName == null ? "" : typeName.toUpperCase(Locale.ROOT);
    boolean mysql = dialect == Dialect.MYSQL || dialect == Dialect.MARIADB;
    switch (name) {
      case "UUID":
        return SqlType.UUID;
      case "OID":
        return SqlType.BLOB;
      case "TIMESTAMPTZ":
        return SqlType.timestampWithTimeZone(digits);
      case "TIME":
        return mysql ? SqlType.time(fraction(size, MYSQL_TIME_SIZE)) : SqlType.time(digits);
      case "DATETIME":
        return SqlType.timestamp(fraction(size, MYSQL_DATETIME_SIZE));
      case "TIMESTAMP":
        if (mysql) {
          return SqlType.timestampWithTimeZone(fraction(size, MYSQL_DATETIME_SIZE));
        }
        break;
      case "BINARY":
        if (mysql && size == 16) {
          return SqlType.UUID;
        }
        break;
      default:
        break;
    }
    return byJdbcType(column, dataType, typeName, size, digits);
  }

  private static SqlType byJdbcType(String column, int dataType, String typeName, int size,
      int digits) {
    return switch (dataType) {
      case Types.BOOLEAN -> SqlType.BOOLEAN;
      case Types.BIT -> size <= 1 ? SqlType.BOOLEAN : unsupported(column, typeName);
      case Types.TINYINT -> SqlType.TINYINT;
      case Types.SMALLINT -> SqlType.SMALLINT;
      case Types.INTEGER -> SqlType.INTEGER;
      case Types.BIGINT -> SqlType.BIGINT;
      case Types.REAL -> SqlType.REAL;
      case Types.DOUBLE, Types.FLOAT -> SqlType.DOUBLE;
      case Types.NUMERIC, Types.DECIMAL -> SqlType.decimal(size, digits);
      case Types.CHAR, Types.NCHAR -> SqlType.fixedChar(size);
      case Types.VARCHAR, Types.NVARCHAR -> SqlType.varchar(size);
      case Types.CLOB, Types.NCLOB, Types.LONGVARCHAR, Types.LONGNVARCHAR -> SqlType.CLOB;
      case Types.VARBINARY, Types.BINARY -> SqlType.varbinary(size);
      case Types.BLOB, Types.LONGVARBINARY -> SqlType.BLOB;
      case Types.DATE -> SqlType.DATE;
      case Types.TIME -> SqlType.time(digits);
      case Types.TIMESTAMP -> SqlType.timestamp(digits);
      case Types.TIMESTAMP_WITH_TIMEZONE -> SqlType.timestampWithTimeZone(digits);
      default -> unsupported(column, typeName);
    };
  }

  private static int fraction(int size, int baseSize) {
    return size > baseSize ? size - baseSize - 1 : 0;
  }

  private static SqlType unsupported(String column, String typeName) {
    throw new IllegalStateException("column " + column + " has type " + typeName
        + ", which the schema model has no kind for");
  }
}
