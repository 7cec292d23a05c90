package dev.schemata.runtime.dialect;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.ops.AddColumn;
import dev.schemata.runtime.ops.AlterColumn;
import dev.schemata.runtime.ops.CreateTable;
import dev.schemata.runtime.ops.Operation;
import dev.schemata.runtime.ops.RunData;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * The statements that keep PostgreSQL's named enum types in step with the columns that name them
 * ({@link Column#enumType()}). A type exists while a column of the schema names it, and lists the
 * constants sorted, as Hibernate ORM 7 creates it: so declaring the constants in another order
 * changes nothing, adding one is {@code alter type … add value}, and removing one recreates the
 * type and converts every column of it, which fails, leaving the data as it was, while a row
 * holds the constant removed.
 *
 * <p>Engines without named enum types ({@link Dialect#hasNamedEnumTypes()}) get no statements.
 *
 * <p>Every decision is taken from the schema before the operation and the {@link TypeConstants}
 * the version's earlier operations left. When several columns of one type change in one version,
 * the first operation changes the type; the later ones find it changed and leave it alone.
 */
final class EnumTypes {
  private final Dialect dialect;

  EnumTypes(Dialect dialect) {
    this.dialect = dialect;
  }

  /** A column of a type, found in a schema. */
  private record User(String table, Column column) {}

  /**
   * What must run before {@code columns} can hold their enum types: a type that does not exist is
   * created, and one whose constants differ is changed. An {@code exact} change gives the type the
   * columns' constants, removing others (an existing column's constants changed); otherwise the
   * type only gains what it lacks (a column new to the type, which may arrive while a constant it
   * lacks is still in use in the version). {@code later} are the operations of the version that
   * run after, in the same transaction.
   */
  List<String> provide(Schema before, TypeConstants state, List<Operation> later,
      List<Column> columns, boolean exact) {
    if (!dialect.hasNamedEnumTypes()) {
      return List.of();
    }
    List<String> sql = new ArrayList<>();
    Set<String> done = new LinkedHashSet<>();
    for (Column column : columns) {
      if (column.enumType() != null && done.add(column.enumType())) {
        sql.addAll(provide(before, state, later, column, exact));
      }
    }
    return sql;
  }

  private List<String> provide(Schema before, TypeConstants state, List<Operation> later,
      Column column, boolean exact) {
    String type = column.enumType();
    Optional<Set<String>> current = state.of(type, before);
    Set<String> wanted = new TreeSet<>(column.values());
    if (current.isEmpty()) {
      state.set(type, wanted);
      return List.of("create type " + dialect.quote(type) + " as enum " + labels(wanted));
    }
    Set<String> present = current.get();
    if (!exact) {
      wanted.addAll(present);
    }
    if (wanted.equals(present)) {
      return List.of();
    }
    state.set(type, wanted);
    Set<String> added = new TreeSet<>(wanted);
    added.removeAll(present);
    if (wanted.containsAll(present) && !usesAny(column.defaultValue(), added)
        && !usedLater(later, added)) {
      return addValues(type, List.copyOf(wanted), present);
    }
    Set<String> removed = new TreeSet<>(present);
    removed.removeAll(wanted);
    return recreate(type, wanted, removed, users(before, type, (table, c) -> false));
  }

  /**
   * Adds each new constant next to one already there, so that the type stays sorted. PostgreSQL
   * lets no statement of the same transaction use a value added so, which is why the type is
   * recreated instead when the column's default, a later operation of the version or its data
   * step may use a new constant.
   */
  private List<String> addValues(String type, List<String> wanted, Set<String> present) {
    List<String> sql = new ArrayList<>();
    String first = present.iterator().next();
    for (int i = 0; i < wanted.size(); i++) {
      String value = wanted.get(i);
      if (!present.contains(value)) {
        sql.add("alter type " + dialect.quote(type) + " add value " + literal(value)
            + (i == 0 ? " before " + literal(first) : " after " + literal(wanted.get(i - 1))));
      }
    }
    return sql;
  }

  /**
   * Replaces the type by one with the wanted constants: PostgreSQL cannot remove a constant from
   * a type. Defaults are dropped around the conversion, since a default of the old type cannot be
   * cast to the new one; one that names a removed constant stays dropped, for the operation that
   * changes that column sets its new default.
   */
  private List<String> recreate(String type, Set<String> wanted, Set<String> removed,
      List<User> users) {
    String name = dialect.quote(type);
    String old = dialect.quote(oldName(type));
    List<String> sql = new ArrayList<>();
    sql.add("alter type " + name + " rename to " + old);
    sql.add("create type " + name + " as enum " + labels(wanted));
    for (User user : users) {
      String alter = "alter table " + dialect.quote(user.table()) + " alter column "
          + dialect.quote(user.column().name());
      String defaultValue = user.column().defaultValue();
      if (defaultValue != null) {
        sql.add(alter + " drop default");
      }
      sql.add(alter + " type " + name + " using " + dialect.quote(user.column().name())
          + "::text::" + name);
      if (defaultValue != null && !usesAny(defaultValue, removed)) {
        sql.add(alter + " set default " + defaultValue);
      }
    }
    sql.add("drop type " + old);
    return sql;
  }

  /**
   * The name the type has while it is replaced, cut so that PostgreSQL, which cuts longer names
   * silently, keeps it apart from the type's own name.
   */
  private String oldName(String type) {
    String suffix = "_old";
    int room = dialect.maxIdentifierLength() - suffix.length();
    String stem = type;
    while (stem.getBytes(StandardCharsets.UTF_8).length > room) {
      stem = stem.substring(0, stem.length() - 1);
    }
    return stem + suffix;
  }

  /**
   * What must run after the columns that {@code removed} picks out of {@code before} have gone:
   * each of their types that no other column names is dropped.
   */
  List<String> release(Schema before, TypeConstants state, List<Column> columns,
      BiPredicate<String, Column> removed) {
    if (!dialect.hasNamedEnumTypes()) {
      return List.of();
    }
    List<String> sql = new ArrayList<>();
    Set<String> done = new LinkedHashSet<>();
    for (Column column : columns) {
      String type = column.enumType();
      if (type != null && done.add(type) && users(before, type, removed).isEmpty()) {
        state.drop(type);
        sql.add("drop type " + dialect.quote(type));
      }
    }
    return sql;
  }

  private static List<User> users(Schema before, String type,
      BiPredicate<String, Column> excluded) {
    List<User> users = new ArrayList<>();
    for (Table table : before.tables().values()) {
      for (Column column : table.columns()) {
        if (type.equals(column.enumType()) && !excluded.test(table.name(), column)) {
          users.add(new User(table.name(), column));
        }
      }
    }
    return users;
  }

  /**
   * Whether a later operation of the version may use one of the values: a data step may write
   * any, and a column default (which also fills the rows of a column made NOT NULL) names one.
   */
  private static boolean usedLater(List<Operation> later, Set<String> values) {
    for (Operation op : later) {
      if (op instanceof RunData) {
        return true;
      }
      List<Column> columns = op instanceof CreateTable create ? create.definition().columns()
          : op instanceof AddColumn add ? List.of(add.column())
          : op instanceof AlterColumn alter ? List.of(alter.to())
          : List.of();
      if (columns.stream().anyMatch(c -> usesAny(c.defaultValue(), values))) {
        return true;
      }
    }
    return false;
  }

  private static boolean usesAny(String defaultValue, Set<String> values) {
    return defaultValue != null && values.stream().anyMatch(v -> defaultValue.contains(literal(v)));
  }

  private static String labels(Set<String> values) {
    return values.stream().map(EnumTypes::literal).collect(Collectors.joining(",", "(", ")"));
  }

  private static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
