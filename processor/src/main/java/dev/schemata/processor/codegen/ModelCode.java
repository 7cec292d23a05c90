package dev.schemata.processor.codegen;

import com.palantir.javapoet.CodeBlock;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Sequence;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.model.UniqueConstraint;
import java.util.List;

/**
 * The builder expressions that recreate model values in generated code, such as {@code
 * Column.named("priority").type(SqlType.INTEGER).nullable()}. Each expression builds exactly the
 * value it was rendered from. {@code $Z} between chained calls lets JavaPoet wrap a long
 * chain.
 */
final class ModelCode {
  private ModelCode() {}

  /** A table builder, one call per line after the first. */
  static CodeBlock table(Table table) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.named($S)", Types.TABLE, table.name());
    for (Column column : table.columns()) {
      code.add("\n.column($L)", column(column));
    }
    if (!table.primaryKey().isEmpty()) {
      code.add("\n.primaryKey($L)", names(table.primaryKey()));
    }
    for (Index index : table.indexes()) {
      code.add("\n.index($L)", index(index));
    }
    for (UniqueConstraint constraint : table.uniqueConstraints()) {
      code.add("\n.unique($L)", unique(constraint));
    }
    for (ForeignKey key : table.foreignKeys()) {
      code.add("\n.foreignKey($L)", foreignKey(key));
    }
    return code.build();
  }

  /** A column builder; NOT NULL is the builder's default, so only {@code nullable()} shows. */
  static CodeBlock column(Column column) {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("$T.named($S)$Z.type($L)", Types.COLUMN, column.name(), type(column.type()));
    if (column.nullable()) {
      code.add("$Z.nullable()");
    }
    if (column.defaultValue() != null) {
      code.add("$Z.defaultValue($S)", column.defaultValue());
    }
    if (column.identity()) {
      code.add("$Z.identity()");
    }
    if (column.isEnum()) {
      code.add("$Z.values($L)", column.values().stream().map(v -> CodeBlock.of("$S", v))
          .collect(CodeBlock.joining(", ")));
    }
    if (column.enumType() != null) {
      code.add("$Z.enumType($S)", column.enumType());
    }
    return code.build();
  }

  /** A type: the constant for kinds without parameters, else the factory that takes them. */
  static CodeBlock type(SqlType type) {
    return switch (type.kind()) {
      case CHAR -> CodeBlock.of("$T.fixedChar($L)", Types.SQL_TYPE, type.length());
      case VARCHAR -> CodeBlock.of("$T.varchar($L)", Types.SQL_TYPE, type.length());
      case VARBINARY -> CodeBlock.of("$T.varbinary($L)", Types.SQL_TYPE, type.length());
      case DECIMAL ->
          CodeBlock.of("$T.decimal($L, $L)", Types.SQL_TYPE, type.precision(), type.scale());
      case TIME -> CodeBlock.of("$T.time($L)", Types.SQL_TYPE, type.precision());
      case TIMESTAMP -> CodeBlock.of("$T.timestamp($L)", Types.SQL_TYPE, type.precision());
      case TIMESTAMP_TZ ->
          CodeBlock.of("$T.timestampWithTimeZone($L)", Types.SQL_TYPE, type.precision());
      case BOOLEAN, TINYINT, SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, CLOB, BLOB, DATE, UUID ->
          CodeBlock.of("$T.$N", Types.SQL_TYPE, type.kind().name());
    };
  }

  static CodeBlock index(Index index) {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("$T.named($S)$Z.on($L)", Types.INDEX, index.name(), names(index.columns()));
    if (index.unique()) {
      code.add("$Z.unique()");
    }
    return code.build();
  }

  static CodeBlock unique(UniqueConstraint constraint) {
    return CodeBlock.of("$T.named($S)$Z.on($L)", Types.UNIQUE_CONSTRAINT, constraint.name(),
        names(constraint.columns()));
  }

  static CodeBlock foreignKey(ForeignKey key) {
    return CodeBlock.of("$T.named($S)$Z.columns($L)$Z.references($S, $L)", Types.FOREIGN_KEY,
        key.name(), names(key.columns()), key.referencedTable(),
        names(key.referencedColumns()));
  }

  /** A sequence builder, with its start and increment always spelled out. */
  static CodeBlock sequence(Sequence sequence) {
    return CodeBlock.of("$T.named($S)$Z.startWith($L)$Z.incrementBy($L)", Types.SEQUENCE,
        sequence.name(), number(sequence.start()), number(sequence.increment()));
  }

  /** A {@code long} literal, with the suffix only where an {@code int} would not hold it. */
  private static String number(long value) {
    return value == (int) value ? Long.toString(value) : value + "L";
  }

  /** String literals separated by commas, for varargs. */
  static CodeBlock names(List<String> names) {
    return names.stream().map(name -> CodeBlock.of("$S", name))
        .collect(CodeBlock.joining(", "));
  }
}
