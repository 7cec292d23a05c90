package dev.schemata.processor.entity;

import dev.schemata.processor.diagnostic.Message;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/** Builds the table of one entity from its declaration, resolving its relations. */
final class TableAssembler {
  private final Mirrors mirrors;
  private final RelationResolver relations;

  TableAssembler(Mirrors mirrors, RelationResolver relations) {
    this.mirrors = mirrors;
    this.relations = relations;
  }

  /**
   * A table with where each of its columns and named objects comes from.
   *
   * @param table the table
   * @param columns the field behind each column, by column name
   * @param names the indexes, unique constraints and foreign keys, with their sources
   */
  record Assembled(Table table, Map<String, Element> columns, List<NamedObject> names) {}

  /** The table; empty after recording findings. */
  Optional<Assembled> assemble(Declaration declaration, ConstraintNames names,
      List<Finding> findings) {
    String table = declaration.table();
    Parts parts = new Parts();
    for (FieldMapping field : declaration.fields()) {
      if (field instanceof FieldMapping.Basic basic) {
        parts.add(table, basic.column(), basic.field(), basic.unique(), findings);
      } else if (field instanceof FieldMapping.Relation relation) {
        relations.resolve(table, relation, findings).ifPresent(resolved -> {
          if (parts.add(table, resolved.column(), relation.field(), relation.unique(),
              findings)) {
            parts.foreignKeys.add(resolved.foreignKey());
            parts.names.add(new NamedObject("foreign key", resolved.foreignKey().name(), table,
                relation.field(), relation.joinColumn().orElse(null)));
          }
        });
      }
    }
    declaration.uniques().forEach(u -> uniqueConstraint(declaration, u, parts, findings));
    declaration.indexes().forEach(i -> index(declaration, i, parts, findings));
    if (!findings.isEmpty() || !names.check(parts.names, findings)) {
      return Optional.empty();
    }
    List<String> primaryKey = declaration.id().map(id -> List.of(id.column().name()))
        .orElse(List.of());
    Table built = new Table(table, parts.columns, primaryKey, parts.indexes, parts.uniques,
        parts.foreignKeys);
    return Optional.of(new Assembled(built, parts.sources, parts.names));
  }

  private void uniqueConstraint(Declaration declaration, AnnotationMirror unique, Parts parts,
      List<Finding> findings) {
    AnnotationValue value = mirrors.value(unique, "columnNames");
    ColumnList list = ColumnList.of(mirrors.strings(unique, "columnNames"));
    String what = "@UniqueConstraint(columnNames = " + value + ")";
    if (!checkList(declaration, unique, value, what, list, parts, findings)) {
      return;
    }
    String table = declaration.table();
    Naming.written(mirrors, declaration.type(), unique, "name", "unique constraint name",
        Naming.unique(table, list.columns()), findings).ifPresent(name -> {
          parts.uniques.add(new UniqueConstraint(name, list.columns()));
          parts.names.add(new NamedObject("unique constraint", name, table, declaration.type(),
              unique));
        });
  }

  private void index(Declaration declaration, AnnotationMirror index, Parts parts,
      List<Finding> findings) {
    AnnotationValue value = mirrors.value(index, "columnList");
    ColumnList list = ColumnList.parse(mirrors.string(index, "columnList"));
    String what = "@Index(columnList = " + value + ")";
    if (!checkList(declaration, index, value, what, list, parts, findings)) {
      return;
    }
    String table = declaration.table();
    Naming.written(mirrors, declaration.type(), index, "name", "index name",
        Naming.index(table, list.columns()), findings).ifPresent(name -> {
          parts.indexes.add(new Index(name, list.columns(), mirrors.bool(index, "unique")));
          parts.names.add(new NamedObject("index", name, table, declaration.type(), index));
        });
  }

  private static boolean checkList(Declaration declaration, AnnotationMirror annotation,
      AnnotationValue value, String what, ColumnList list, Parts parts, List<Finding> findings) {
    if (!list.usable()) {
      findings.add(Finding.on(declaration.type(), annotation, value, Message.INVALID_COLUMN_LIST,
          what, list.problem()));
      return false;
    }
    for (String column : list.columns()) {
      if (!parts.sources.containsKey(column)) {
        findings.add(Finding.on(declaration.type(), annotation, value,
            Message.UNKNOWN_CONSTRAINT_COLUMN, what, column, declaration.table(),
            String.join(", ", parts.sources.keySet())));
        return false;
      }
    }
    return true;
  }

  /** The pieces of a table as they are collected. */
  private static final class Parts {
    final List<Column> columns = new ArrayList<>();
    final Map<String, Element> sources = new LinkedHashMap<>();
    final List<Index> indexes = new ArrayList<>();
    final List<UniqueConstraint> uniques = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<NamedObject> names = new ArrayList<>();

    /** Adds a column unless the name is taken; true when added. */
    boolean add(String table, Column column, Element field, boolean unique,
        List<Finding> findings) {
      Element holder = sources.putIfAbsent(column.name(), field);
      if (holder != null) {
        findings.add(Finding.on(field, Message.DUPLICATE_COLUMN, field.getSimpleName(),
            column.name(), table, holder.getEnclosingElement().getSimpleName() + "."
                + holder.getSimpleName()));
        return false;
      }
      columns.add(column);
      if (unique) {
        String name = Naming.unique(table, List.of(column.name()));
        uniques.add(UniqueConstraint.named(name).on(column.name()).build());
        names.add(new NamedObject("unique constraint", name, table, field, null));
      }
      return true;
    }
  }
}
