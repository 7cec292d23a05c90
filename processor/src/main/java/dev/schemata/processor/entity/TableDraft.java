package dev.schemata.processor.entity;

import dev.schemata.processor.diagnostic.Message;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/** A table as its columns and constraints are collected, with where each comes from. */
final class TableDraft {
  final String name;
  final Element source;
  final List<Column> columns = new ArrayList<>();
  final Map<String, Element> sources = new LinkedHashMap<>();
  final List<Index> indexes = new ArrayList<>();
  final List<UniqueConstraint> uniques = new ArrayList<>();
  final List<ForeignKey> foreignKeys = new ArrayList<>();
  final List<NamedObject> names = new ArrayList<>();
  /** Every column name offered, taken or not, in order: how two readings are paired. */
  final List<String> offered = new ArrayList<>();
  /** Values for existing rows, by column name, should the column be added NOT NULL. */
  final Map<String, String> fills = new LinkedHashMap<>();
  private final Map<String, String> holders = new HashMap<>();
  private List<String> primaryKey = List.of();

  /** A draft of table {@code name}, declared by {@code source}. */
  TableDraft(String name, Element source) {
    this.name = name;
    this.source = source;
  }

  /** Adds a column unless the name is taken; true when added. */
  boolean add(Column column, Element element, String path, boolean unique,
      List<Finding> findings) {
    offered.add(column.name());
    String holder = holders.putIfAbsent(column.name(),
        element.getEnclosingElement().getSimpleName() + "." + path);
    if (holder != null) {
      findings.add(Finding.on(element, Message.DUPLICATE_COLUMN, path, column.name(), name,
          holder));
      return false;
    }
    sources.put(column.name(), element);
    columns.add(column);
    if (unique) {
      unique(List.of(column.name()), element);
    }
    return true;
  }

  /** Adds a column as {@link #add} does, with the value existing rows get if it is new. */
  boolean add(Column column, Element element, String path, boolean unique, String fill,
      List<Finding> findings) {
    boolean added = add(column, element, path, unique, findings);
    if (added && fill != null) {
      fills.put(column.name(), fill);
    }
    return added;
  }

  /** Adds every column; true when all were added. */
  boolean addAll(List<Column> added, Element element, String path, List<Finding> findings) {
    boolean all = true;
    for (Column column : added) {
      all &= add(column, element, path, false, findings);
    }
    return all;
  }

  /** Adds a unique constraint named by Schemata's rule. */
  void unique(List<String> columnNames, Element element) {
    String constraint = Naming.unique(name, columnNames);
    uniques.add(new UniqueConstraint(constraint, columnNames));
    names.add(new NamedObject("unique constraint", constraint, name, element, null));
  }

  /** Adds the foreign key over joined columns, unless {@code @ForeignKey} asks for none. */
  void foreignKey(Keys.Joined joined, JoinColumns written, Element element,
      AnnotationMirror annotation) {
    if (!written.constrained()) {
      return;
    }
    List<String> from = joined.columns().stream().map(Column::name).toList();
    String key = written.foreignKey().orElseGet(() -> Naming.foreignKey(name, from));
    foreignKeys.add(new ForeignKey(key, from, joined.table(), joined.referenced()));
    names.add(new NamedObject("foreign key", key, name, element,
        written.annotation() != null ? written.annotation() : annotation));
  }

  void primaryKey(List<String> columnNames) {
    this.primaryKey = List.copyOf(columnNames);
  }

  Table build() {
    return new Table(name, columns, primaryKey, indexes, uniques, foreignKeys);
  }
}
