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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The live schema, as the database reports it, brought to the spelling of the schema it is
 * compared with, so that only real differences remain:
 *
 * <ul>
 *   <li>Names: a name the migrations write unquoted is folded by the engine (H2 upper-cases it,
 *       PostgreSQL lower-cases it), so it matches a live name that differs only in case. A name
 *       the dialect must quote keeps its case in the database and must match exactly.
 *   <li>Types: a live type the dialect spells like the expected one is the expected one (an
 *       engine without a type of its own stores the type it maps it to).
 *   <li>Defaults: equal when they are the same literal once wrapping parentheses, type casts and
 *       the case of unquoted words are set aside; {@code NULL} is no default.
 * </ul>
 */
final class LiveSchema {
  private static final Pattern CAST = Pattern.compile("::[A-Za-z][A-Za-z0-9_ ]*(\\([0-9, ]*\\))?$");

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
    List<String> indexNames = want.map(t -> t.indexes().stream().map(Index::name).toList())
        .orElse(List.of());
    List<String> uniqueNames = want.map(t -> t.uniqueConstraints().stream()
        .map(UniqueConstraint::name).toList()).orElse(List.of());
    List<String> keyNames = want.map(t -> t.foreignKeys().stream().map(ForeignKey::name)
        .toList()).orElse(List.of());
    return new Table(name, liveColumns, rename(live.primaryKey(), columns),
        live.indexes().stream().map(i -> new Index(match(i.name(), indexNames),
            rename(i.columns(), columns), i.unique())).toList(),
        live.uniqueConstraints().stream().map(u -> new UniqueConstraint(
            match(u.name(), uniqueNames), rename(u.columns(), columns))).toList(),
        live.foreignKeys().stream().map(k -> foreignKey(k, keyNames, columns)).toList());
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
    String defaultValue = canonicalDefault(live.defaultValue()) == null ? null
        : live.defaultValue();
    if (want.isPresent()) {
      Column wanted = want.get();
      if (!type.equals(wanted.type())
          && dialect.typeName(type).equals(dialect.typeName(wanted.type()))) {
        type = wanted.type();
      }
      if (Objects.equals(canonicalDefault(defaultValue),
          canonicalDefault(wanted.defaultValue()))) {
        defaultValue = wanted.defaultValue();
      }
    }
    return new Column(name, type, live.nullable(), defaultValue, live.identity());
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

  /** A default reduced to what matters for equality, or {@code null} for none. */
  static String canonicalDefault(String text) {
    if (text == null) {
      return null;
    }
    String value = text.strip();
    boolean changed = true;
    while (changed) {
      String before = value;
      value = CAST.matcher(value).replaceFirst("").strip();
      if (value.length() > 1 && value.startsWith("(") && value.endsWith(")")) {
        value = value.substring(1, value.length() - 1).strip();
      }
      changed = !value.equals(before);
    }
    if (value.isEmpty() || value.equalsIgnoreCase("null")) {
      return null;
    }
    return value.startsWith("'") ? value : value.toUpperCase(Locale.ROOT);
  }
}
