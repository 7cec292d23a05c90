package dev.schemata.runtime.testing;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Sequence;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.model.UniqueConstraint;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A schema as one engine keeps it, so that a model schema and the one read back from the engine
 * compare equal when the engine holds what the model says: unquoted names folded as the engine
 * folds them, types as the engine stores them, defaults in one spelling, and on MySQL and
 * MariaDB unique indexes as the unique constraints they are there.
 */
public final class Canonical {
  private Canonical() {}

  public static Schema of(Schema schema, Engine engine) {
    return Schema.of(schema.tables().values().stream().map(t -> table(t, engine)).toList(),
        schema.sequences().values().stream().map(s -> new Sequence(name(s.name(), engine),
            s.start(), s.increment())).toList());
  }

  private static Table table(Table table, Engine engine) {
    Dialect dialect = engine.dialect();
    List<Index> indexes = new ArrayList<>();
    List<UniqueConstraint> uniques = new ArrayList<>();
    table.uniqueConstraints().forEach(u -> uniques.add(
        new UniqueConstraint(name(u.name(), engine), names(u.columns(), engine))));
    for (Index index : table.indexes()) {
      if (index.unique() && engine == Engine.MARIADB) {
        uniques.add(new UniqueConstraint(name(index.name(), engine),
            names(index.columns(), engine)));
      } else {
        indexes.add(new Index(name(index.name(), engine), names(index.columns(), engine),
            index.unique()));
      }
    }
    return new Table(name(table.name(), engine),
        table.columns().stream().map(c -> new Column(name(c.name(), engine),
            dialect.storedType(c.type()), c.nullable(), defaultValue(c.defaultValue()),
            c.identity())).toList(),
        names(table.primaryKey(), engine), indexes, uniques,
        table.foreignKeys().stream().map(f -> new ForeignKey(name(f.name(), engine),
            names(f.columns(), engine), name(f.referencedTable(), engine),
            names(f.referencedColumns(), engine))).toList());
  }

  /** Numbers without trailing zeros, and upper-case TRUE and FALSE. */
  private static String defaultValue(String value) {
    if (value == null) {
      return null;
    }
    if (value.matches("-?[0-9]+(\\.[0-9]+)?")) {
      return new BigDecimal(value).stripTrailingZeros().toPlainString();
    }
    String upper = value.toUpperCase(Locale.ROOT);
    return upper.equals("TRUE") || upper.equals("FALSE") ? upper : value;
  }

  private static List<String> names(List<String> names, Engine engine) {
    return names.stream().map(n -> name(n, engine)).toList();
  }

  private static String name(String name, Engine engine) {
    if (!engine.dialect().quote(name).equals(name)) {
      return name;
    }
    return switch (engine) {
      case H2 -> name.toUpperCase(Locale.ROOT);
      case POSTGRESQL -> name.toLowerCase(Locale.ROOT);
      case MARIADB -> name;
    };
  }
}
