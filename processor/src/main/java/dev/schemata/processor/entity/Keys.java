package dev.schemata.processor.entity;

import dev.schemata.processor.diagnostic.Message;
import dev.schemata.runtime.model.Column;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The primary keys of entities, and join columns resolved against them: names by the JPA
 * defaults, types taken from the referenced columns (without their identity).
 */
final class Keys {
  private final Function<TypeElement, Declaration> declarations;
  private final NameStyle names;
  private final Set<String> resolving = new HashSet<>();

  Keys(Function<TypeElement, Declaration> declarations, NameStyle names) {
    this.declarations = declarations;
    this.names = names;
  }

  /**
   * The table holding an entity's rows and its primary key columns there.
   *
   * @param table the table
   * @param columns the key columns, in key order
   */
  record EntityKey(String table, List<Column> columns) {}

  /**
   * Join columns with the columns they reference.
   *
   * @param columns the join columns
   * @param table the referenced table
   * @param referenced the referenced columns, matching {@code columns}
   */
  record Joined(List<Column> columns, String table, List<String> referenced) {}

  Declaration declaration(TypeElement type) {
    return declarations.apply(type);
  }

  /** The table of an entity's rows: the root's for a single-table subclass. */
  String table(Declaration declaration) {
    Hierarchy hierarchy = declaration.hierarchy();
    return hierarchy.strategy() == Hierarchy.Strategy.SINGLE_TABLE && !hierarchy.isRoot()
        ? declarations.apply(hierarchy.root()).table() : declaration.table();
  }

  /** The key of an entity; empty when it has none that can be referenced. */
  Optional<EntityKey> key(TypeElement entity) {
    String name = entity.getQualifiedName().toString();
    Declaration declaration = declarations.apply(entity);
    if (declaration.table().isEmpty() || !resolving.add(name)) {
      return Optional.empty();
    }
    try {
      Hierarchy hierarchy = declaration.hierarchy();
      if (hierarchy.isRoot()) {
        return rootColumns(declaration).map(c -> new EntityKey(declaration.table(), c));
      }
      Optional<EntityKey> parent = key(hierarchy.parent().get());
      if (parent.isEmpty() || hierarchy.strategy() != Hierarchy.Strategy.JOINED) {
        return parent.map(p -> new EntityKey(table(declaration), p.columns()));
      }
      return join(declaration.primaryKeyJoins(), hierarchy.parent().get(), parent.get(),
          parent.get().columns(),
          UnaryOperator.identity(), false, declaration.type(), declaration.type().toString(),
          new ArrayList<>()).map(j -> new EntityKey(declaration.table(), j.columns()));
    } finally {
      resolving.remove(name);
    }
  }

  private Optional<List<Column>> rootColumns(Declaration root) {
    List<Column> columns = new ArrayList<>();
    List<Mapping> ids = root.ids();
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    for (Mapping id : ids) {
      if (id instanceof Mapping.Basic basic) {
        columns.add(Column.named(basic.column().name()).type(basic.column().type()).build());
      } else {
        Optional<Joined> joined = toOne((Mapping.ToOne) id, new ArrayList<>());
        if (joined.isEmpty()) {
          return Optional.empty();
        }
        columns.addAll(joined.get().columns());
      }
    }
    return Optional.of(columns);
  }

  /** The join columns of a to-one relation; empty after recording a finding. */
  Optional<Joined> toOne(Mapping.ToOne relation, List<Finding> findings) {
    Optional<EntityKey> target = key(relation.target());
    if (target.isEmpty()) {
      findings.add(Finding.on(relation.source(), relation.annotation(),
          Message.REFERENCED_COLUMN_NOT_FOUND, relation.path(), relation.target(),
          tableName(relation.target()), "no primary key to reference",
          "give " + relation.target().getSimpleName() + " an @Id of a supported type"));
      return Optional.empty();
    }
    return join(relation.joins(), relation.target(), target.get(), columns(relation.target()),
        c -> relation.name() + "_" + c, relation.nullable(), relation.source(), relation.path(),
        findings);
  }

  private String tableName(TypeElement entity) {
    String table = declarations.apply(entity).table();
    return table.isEmpty() ? entity.getQualifiedName().toString() : table;
  }

  /** Every column of an entity's own mappings and those of its ancestors. */
  List<Column> columns(TypeElement entity) {
    List<Column> columns = new ArrayList<>();
    Optional<TypeElement> current = Optional.of(entity);
    while (current.isPresent()) {
      Declaration declaration = declarations.apply(current.get());
      declaration.mappings().stream().filter(Mapping.Basic.class::isInstance)
          .map(m -> ((Mapping.Basic) m).column()).forEach(columns::add);
      current = declaration.hierarchy().parent();
    }
    return columns;
  }

  /**
   * Resolves written join columns against a key: by {@code referencedColumnName} when each names
   * one (among {@code lookup}), else in key order.
   *
   * @param written the join columns as written
   * @param target the referenced entity, for messages
   * @param key the referenced key
   * @param lookup the columns a {@code referencedColumnName} may name
   * @param defaultName the logical name of a join column left unnamed, from the referenced one
   * @param nullable whether the join columns accept NULL
   * @param element where to report
   * @param path the attribute path, for messages
   */
  Optional<Joined> join(JoinColumns written, TypeElement target, EntityKey key,
      List<Column> lookup,
      UnaryOperator<String> defaultName, boolean nullable, Element element, String path,
      List<Finding> findings) {
    List<JoinColumns.Spec> specs = written.columns();
    List<Column> referenced = new ArrayList<>();
    long named = specs.stream().filter(s -> s.referenced().isPresent()).count();
    if (specs.isEmpty() || named == 0 && specs.size() == key.columns().size()) {
      referenced.addAll(key.columns());
    } else if (named == specs.size()) {
      for (JoinColumns.Spec spec : specs) {
        String wanted = spec.referenced().get();
        Optional<Column> found = lookup.stream().filter(c -> c.name().equals(wanted))
            .findFirst();
        if (found.isEmpty()) {
          return missing(written, spec.annotation(), element, path, target, key,
              "no column " + wanted
              + " (it has " + names(lookup) + ")",
              "name one of its columns in @JoinColumn(referencedColumnName)", findings);
        }
        referenced.add(found.get());
      }
    } else {
      return missing(written, written.annotation(), element, path, target, key,
          "a primary key of "
          + names(key.columns()), "write one join column per key column, each with its "
          + "referencedColumnName", findings);
    }
    List<Column> columns = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    for (int i : keyOrder(referenced, key)) {
      Column other = referenced.get(i);
      targets.add(other.name());
      String name = i < specs.size() && specs.get(i).name().isPresent() ? specs.get(i).name()
          .get() : names.apply(defaultName.apply(other.name()));
      Column.Builder column = Column.named(name).type(other.type());
      if (nullable) {
        column.nullable();
      }
      columns.add(column.build());
    }
    return Optional.of(new Joined(columns, key.table(), targets));
  }

  /**
   * The positions of the referenced columns, in the order of the key when they are its columns
   * (as Hibernate ORM orders them, and as MySQL requires of a foreign key to an index), else as
   * written.
   */
  private static List<Integer> keyOrder(List<Column> referenced, EntityKey key) {
    List<String> keyNames = key.columns().stream().map(Column::name).toList();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < referenced.size(); i++) {
      order.add(i);
    }
    List<String> wanted = referenced.stream().map(Column::name).toList();
    if (wanted.size() == keyNames.size() && new HashSet<>(wanted).equals(
        new HashSet<>(keyNames))) {
      order.sort(java.util.Comparator.comparingInt(i -> keyNames.indexOf(wanted.get(i))));
    }
    return order;
  }

  private static Optional<Joined> missing(JoinColumns written, AnnotationMirror annotation,
      Element element, String path, TypeElement target, EntityKey key, String lacks,
      String advice, List<Finding> findings) {
    findings.add(Finding.on(element, annotation != null ? annotation : written.annotation(),
        Message.REFERENCED_COLUMN_NOT_FOUND, path, target.getQualifiedName(), key.table(), lacks,
        advice));
    return Optional.empty();
  }

  private static String names(List<Column> columns) {
    return columns.isEmpty() ? "none"
        : String.join(", ", columns.stream().map(Column::name).toList());
  }
}
