package dev.schemata.runtime;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Sequence;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The live schema, as the database reports it, brought to the spelling of the schema it is
 * compared with, so that only real differences remain:
 *
 * <ul>
 *   <li>Names: a name the migrations write unquoted is folded by the engine (H2 upper-cases it,
 *       PostgreSQL lower-cases it), so it matches a live name that differs only in case. A name
 *       the dialect must quote keeps its case in the database and must match exactly.
 *   <li>Types: a live type the engine stores like the expected one is the expected one (an
 *       engine without a type of its own stores the type it maps it to).
 *   <li>Defaults: equal when {@link DefaultText} makes them equal. The default of an identity
 *       column that calls a sequence ({@code nextval(...)}, which PostgreSQL reports for {@code
 *       serial} columns) is how that engine makes the identity, not a default.
 *   <li>On MySQL and MariaDB, a unique index is a unique constraint: both are reported as
 *       constraints, so a live one named like an expected unique index is that index. The index
 *       the engine keeps for a foreign key, which the dialect names after the key and drops with
 *       it, is part of the key, even when the key itself was dropped by hand.
 * </ul>
 */
final class LiveSchema {
  private final Schema expected;
  private final Dialect dialect;
  private final Map<String, String> tableNames = new HashMap<>();
  private final Map<String, Map<String, String>> columnNames = new HashMap<>();

  private LiveSchema(Schema expected, Dialect dialect) {
    this.expected = expected;
    this.dialect = dialect;
  }

  /** The live schema with names, types and defaults spelled as in {@code expected} where equal. */
  static Schema normalised(Schema live, Schema expected, Dialect dialect) {
    LiveSchema names = new LiveSchema(expected, dialect);
    for (Table table : live.tables().values()) {
      String name = names.match(table.name(), expected.tables().keySet());
      names.tableNames.put(table.name(), name);
      Map<String, String> columns = new HashMap<>();
      List<String> wanted = expected.table(name).map(t -> t.columns().stream()
          .map(Column::name).toList()).orElse(List.of());
      table.columns().forEach(c -> columns.put(c.name(), names.match(c.name(), wanted)));
      names.columnNames.put(table.name(), columns);
    }
    return Schema.of(live.tables().values().stream().map(names::table).toList(),
        live.sequences().values().stream().map(s -> new Sequence(
            names.match(s.name(), expected.sequences().keySet()), s.start(), s.increment()))
            .toList());
  }

  private Table table(Table live) {
    String name = tableNames.get(live.name());
    Map<String, String> columns = columnNames.get(live.name());
    Optional<Table> want = expected.table(name);
    List<Column> liveColumns = live.columns().stream().map(c -> column(c, columns.get(c.name()),
        want.flatMap(t -> t.column(columns.get(c.name()))))).toList();
    List<Index> indexes = new ArrayList<>();
    for (Index index : live.indexes()) {
      Index renamed = new Index(match(index.name(), names(want, Table::indexes, Index::name)),
          rename(index.columns(), columns), index.unique());
      if (!isForeignKeyIndex(renamed, want)) {
        indexes.add(renamed);
      }
    }
    List<UniqueConstraint> uniques = new ArrayList<>();
    List<String> uniqueNames = names(want, Table::uniqueConstraints, UniqueConstraint::name);
    for (UniqueConstraint unique : live.uniqueConstraints()) {
      List<String> on = rename(unique.columns(), columns);
      uniqueIndexName(unique.name(), want).ifPresentOrElse(
          index -> indexes.add(new Index(index, on, true)),
          () -> uniques.add(new UniqueConstraint(match(unique.name(), uniqueNames), on)));
    }
    List<String> keyNames = names(want, Table::foreignKeys, ForeignKey::name);
    return new Table(name, liveColumns, rename(live.primaryKey(), columns), indexes, uniques,
        live.foreignKeys().stream().map(k -> foreignKey(k, keyNames, columns)).toList());
  }

  private static <T> List<String> names(Optional<Table> table,
      Function<Table, List<T>> objects, Function<T, String> name) {
    return table.map(t -> objects.apply(t).stream().map(name).toList()).orElse(List.of());
  }

  /**
   * The expected unique index that a live unique constraint is, on MySQL and MariaDB, where
   * both read back as constraints: one of that name, unless a unique constraint has it.
   */
  private Optional<String> uniqueIndexName(String live, Optional<Table> want) {
    if (!isMySql() || want.isEmpty()) {
      return Optional.empty();
    }
    List<String> constraints = names(want, Table::uniqueConstraints, UniqueConstraint::name);
    if (constraints.contains(match(live, constraints))) {
      return Optional.empty();
    }
    List<String> uniqueIndexes = want.get().indexes().stream().filter(Index::unique)
        .map(Index::name).toList();
    String name = match(live, uniqueIndexes);
    return uniqueIndexes.contains(name) ? Optional.of(name) : Optional.empty();
  }

  /** Whether a live index is the one MySQL keeps for an expected foreign key. */
  private boolean isForeignKeyIndex(Index live, Optional<Table> want) {
    return isMySql() && !live.unique() && want.isPresent() && want.get().foreignKeys().stream()
        .anyMatch(k -> k.name().equalsIgnoreCase(live.name())
            && k.columns().equals(live.columns()));
  }

  private boolean isMySql() {
    return dialect == Dialect.MYSQL || dialect == Dialect.MARIADB;
  }

  private ForeignKey foreignKey(ForeignKey live, List<String> keyNames,
      Map<String, String> columns) {
    String referenced = live.referencedTable();
    return new ForeignKey(match(live.name(), keyNames), rename(live.columns(), columns),
        tableNames.getOrDefault(referenced, referenced),
        rename(live.referencedColumns(), columnNames.getOrDefault(referenced, Map.of())));
  }

  private Column column(Column live, String name, Optional<Column> want) {
    SqlType type = live.type();
    List<String> values = live.values();
    String enumType = live.enumType();
    String defaultValue = live.defaultValue();
    if (DefaultText.canonical(defaultValue, type) == null
        || live.identity() && DefaultText.isSequenceCall(defaultValue)) {
      defaultValue = null;
    }
    if (want.isPresent()) {
      Column wanted = want.get();
      if (!type.equals(wanted.type()) && sameOnThisEngine(type, wanted.type())) {
        type = wanted.type();
      }
      // Only PostgreSQL has named enum types; elsewhere the model's type name means nothing.
      boolean named = dialect == Dialect.POSTGRESQL;
      if (!named) {
        enumType = wanted.enumType();
      }
      if (named && (enumType != null || wanted.enumType() != null)) {
        if (sameEnumType(live, wanted)) {
          // A column of the type has no length: only the type's constants can differ.
          type = wanted.type();
          enumType = wanted.enumType();
          if (sorted(live.values()).equals(sorted(wanted.values()))) {
            values = wanted.values();
          }
        }
      } else if (wanted.isEnum() && sameEnum(new Column(name, type, false, null, false, values),
          wanted)) {
        type = wanted.type();
        values = wanted.values();
        enumType = wanted.enumType();
      }
      if (Objects.equals(DefaultText.canonical(defaultValue, wanted.type()),
          DefaultText.canonical(wanted.defaultValue(), wanted.type()))) {
        defaultValue = wanted.defaultValue();
      }
    }
    return new Column(name, type, live.nullable(), defaultValue, live.identity(), values,
        enumType);
  }

  /**
   * Whether a live column of a PostgreSQL enum type has the wanted type: one of the wanted name,
   * folded when written unquoted. Its constants are the same when they are the wanted ones
   * sorted, as Hibernate ORM creates the type, whatever order the model declares.
   */
  private boolean sameEnumType(Column live, Column wanted) {
    return live.enumType() != null && wanted.enumType() != null
        && match(live.enumType(), List.of(wanted.enumType())).equals(wanted.enumType());
  }

  private static List<String> sorted(List<String> values) {
    return values.stream().sorted().toList();
  }

  /**
   * Whether a live column is the wanted enum column: its native enum type lists the same
   * constants (sorted, whatever order the model declares), or, where the engine keeps the
   * constants in a check constraint that is not read back, its type is the wanted one.
   */
  private boolean sameEnum(Column live, Column wanted) {
    return dialect.columnTypeName(live).equals(dialect.columnTypeName(wanted))
        && (live.isEnum() || live.type().equals(wanted.type()));
  }

  private boolean sameOnThisEngine(SqlType live, SqlType wanted) {
    return dialect.storedType(live).equals(dialect.storedType(wanted))
        || dialect.typeName(live).equals(dialect.typeName(wanted));
  }

  /** The expected spelling of a live name: exact, else case-blind for names left unquoted. */
  private String match(String live, Collection<String> candidates) {
    if (candidates.contains(live)) {
      return live;
    }
    for (String candidate : candidates) {
      if (candidate.equalsIgnoreCase(live) && dialect.quote(candidate).equals(candidate)) {
        return candidate;
      }
    }
    return live;
  }

  private static List<String> rename(List<String> names, Map<String, String> renames) {
    return names.stream().map(n -> renames.getOrDefault(n, n)).toList();
  }
}
