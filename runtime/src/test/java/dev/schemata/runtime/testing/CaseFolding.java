package dev.schemata.runtime.testing;

import dev.schemata.runtime.dialect.Dialect;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Sequence;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.model.UniqueConstraint;
import java.util.List;
import java.util.Locale;

/** A model schema with its names as H2 stores them: unquoted names upper-cased. */
public final class CaseFolding {
  private CaseFolding() {}

  public static Schema fold(Schema schema) {
    return Schema.of(schema.tables().values().stream().map(CaseFolding::fold).toList(),
        schema.sequences().values().stream().map(s -> new Sequence(name(s.name()), s.start(),
            s.increment())).toList());
  }

  private static Table fold(Table table) {
    return new Table(name(table.name()),
        table.columns().stream().map(c -> new Column(name(c.name()), c.type(), c.nullable(),
            c.defaultValue(), c.identity())).toList(),
        names(table.primaryKey()),
        table.indexes().stream().map(i -> new Index(name(i.name()), names(i.columns()),
            i.unique())).toList(),
        table.uniqueConstraints().stream().map(u -> new UniqueConstraint(name(u.name()),
            names(u.columns()))).toList(),
        table.foreignKeys().stream().map(f -> new ForeignKey(name(f.name()), names(f.columns()),
            name(f.referencedTable()), names(f.referencedColumns()))).toList());
  }

  private static List<String> names(List<String> names) {
    return names.stream().map(CaseFolding::name).toList();
  }

  private static String name(String name) {
    return Dialect.H2.quote(name).equals(name) ? name.toUpperCase(Locale.ROOT) : name;
  }
}
