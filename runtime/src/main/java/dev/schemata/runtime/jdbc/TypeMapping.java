package dev.schemata.runtime.jdbc;

import dev.schemata.runtime.model.SqlType;
import java.sql.Types;
import java.util.Locale;

/** Maps the type a driver reports for a column back to the portable {@link SqlType}. */
final class TypeMapping {
  private TypeMapping() {}

  /**
   * The type of a column from its {@code getColumns} row.
   *
   * @throws IllegalStateException naming the column when its type has no portable equivalent
   */
  static SqlType of(String column, int dataType, String typeName, int size, int digits) {
    String name = typeName == null ? "" : typeName.toUpperCase(Locale.ROOT);
    if (name.equals("UUID")) {
      return SqlType.UUID;
    }
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
      case Types.VARBINARY -> SqlType.varbinary(size);
      case Types.BLOB, Types.LONGVARBINARY -> SqlType.BLOB;
      case Types.DATE -> SqlType.DATE;
      case Types.TIME -> SqlType.time(digits);
      case Types.TIMESTAMP -> SqlType.timestamp(digits);
      case Types.TIMESTAMP_WITH_TIMEZONE -> SqlType.timestampWithTimeZone(digits);
      default -> unsupported(column, typeName);
    };
  }

  private static SqlType unsupported(String column, String typeName) {
    throw new IllegalStateException("column " + column + " has type " + typeName
        + ", which the schema model has no kind for");
  }
}
