package dev.schemata.runtime.dialect;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.ops.AlterColumn;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The SQL that restricts an enum column to its constants in one dialect, as Hibernate ORM 7
 * writes it: a native enum type listing the names where the engine has one, else a named check
 * constraint ({@code c in ('A','B')} for names, {@code c between 0 and n-1} for ordinals).
 */
final class EnumChecks {
  private final Dialect dialect;

  EnumChecks(Dialect dialect) {
    this.dialect = dialect;
  }

  /** Whether the column holds enum names in a native enum type of this engine. */
  boolean isNative(Column column) {
    return dialect.hasNativeEnum() && column.isEnum() && isText(column.type());
  }

  /** Whether the column holds enum names in a named type of its own, as on PostgreSQL. */
  boolean isNamedType(Column column) {
    return dialect.hasNamedEnumTypes() && column.enumType() != null;
  }

  /** The native enum type of the constants, as in {@code enum ('A','B')}: sorted. */
  String nativeType(Column column) {
    return column.values().stream().sorted().map(EnumChecks::literal)
        .collect(Collectors.joining(",", "enum (", ")"));
  }

  /** The condition of the column's check constraint; {@code null} when it needs none. */
  String condition(Column column) {
    if (!column.isEnum() || isNative(column) || isNamedType(column)) {
      return null;
    }
    String name = dialect.quote(column.name());
    if (isText(column.type())) {
      return name + " in " + column.values().stream().map(EnumChecks::literal)
          .collect(Collectors.joining(",", "(", ")"));
    }
    return name + " between 0 and " + (column.values().size() - 1);
  }

  /**
   * The name of an enum column's check constraint: PostgreSQL's own default name for a column
   * check, cut to the engine's longest identifier; on MySQL check names are unique per schema,
   * which the table name in it provides.
   */
  String name(String table, String column) {
    String name = table + "_" + column + "_check";
    int longest = dialect.maxIdentifierLength();
    return name.length() <= longest ? name : name.substring(0, longest);
  }

  /** {@code constraint name check (condition)}, or {@code null} when the column needs none. */
  String constraint(String table, Column column) {
    String condition = condition(column);
    return condition == null ? null : "constraint " + dialect.quote(name(table, column.name()))
        + " check (" + condition + ")";
  }

  /** Whether the column is restricted by a check constraint, which is named after it. */
  boolean hasCheck(Column column) {
    return condition(column) != null;
  }

  /**
   * Renames the check constraint of {@code column}, which was in {@code table} and is now {@code
   * newColumn} in {@code newTable}, as PostgreSQL and H2 can: none when the column has no check,
   * or when its name stays because both names are cut to the same prefix.
   */
  List<String> rename(Column column, String table, String newTable, String newColumn) {
    String from = name(table, column.name());
    String to = name(newTable, newColumn);
    return !hasCheck(column) || from.equals(to) ? List.of() : List.of("alter table "
        + dialect.quote(newTable) + " rename constraint " + dialect.quote(from) + " to "
        + dialect.quote(to));
  }

  /** Drops an enum column's check constraint. */
  String drop(String table, String column) {
    return "alter table " + dialect.quote(table) + " "
        + dialect.dropCheckClause(name(table, column));
  }

  /**
   * The statements that change an enum column's check constraint from {@code op.from()}'s to
   * {@code op.to()}'s: {@code [drop]} to run before the column changes, {@code [add]} after;
   * both empty when the condition stays.
   */
  List<List<String>> change(AlterColumn op) {
    String before = condition(op.from());
    String after = condition(op.to());
    if (Objects.equals(before, after)) {
      return List.of(List.of(), List.of());
    }
    List<String> drop = before == null ? List.of() : List.of(drop(op.table(),
        op.from().name()));
    List<String> add = after == null ? List.of() : List.of("alter table "
        + dialect.quote(op.table()) + " add " + constraint(op.table(), op.to()));
    return List.of(drop, add);
  }

  private static boolean isText(SqlType type) {
    return type.kind() == SqlType.Kind.VARCHAR || type.kind() == SqlType.Kind.CHAR;
  }

  private static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
