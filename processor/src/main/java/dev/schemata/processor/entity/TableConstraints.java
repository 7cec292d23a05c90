package dev.schemata.processor.entity;

import dev.schemata.processor.diagnostic.Message;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.UniqueConstraint;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * Adds the indexes and unique constraints written in {@code @Table} to an entity's table. Their
 * column names are logical, as written, and go through the name style like every column name.
 */
final class TableConstraints {
  private final Mirrors mirrors;
  private final NameStyle names;

  TableConstraints(Mirrors mirrors, NameStyle names) {
    this.mirrors = mirrors;
    this.names = names;
  }

  void add(Declaration declaration, TableDraft draft, List<Finding> findings) {
    declaration.uniques().forEach(u -> uniqueConstraint(declaration, u, draft, findings));
    declaration.indexes().forEach(i -> index(declaration, i, draft, findings));
  }

  private void uniqueConstraint(Declaration declaration, AnnotationMirror unique,
      TableDraft draft, List<Finding> findings) {
    AnnotationValue value = mirrors.value(unique, "columnNames");
    ColumnList list = ColumnList.of(mirrors.strings(unique, "columnNames"));
    String what = "@UniqueConstraint(columnNames = " + value + ")";
    List<String> columns = checkList(declaration, unique, value, what, list, draft, findings);
    if (columns.isEmpty()) {
      return;
    }
    Naming.writtenConstraint(mirrors, declaration.type(), unique, "name",
        "unique constraint name",
        Naming.unique(draft.name, columns), findings).ifPresent(name -> {
          draft.uniques.add(new UniqueConstraint(name, columns));
          draft.names.add(new NamedObject("unique constraint", name, draft.name,
              declaration.type(), unique));
        });
  }

  private void index(Declaration declaration, AnnotationMirror index, TableDraft draft,
      List<Finding> findings) {
    AnnotationValue value = mirrors.value(index, "columnList");
    ColumnList list = ColumnList.parse(mirrors.string(index, "columnList"));
    String what = "@Index(columnList = " + value + ")";
    List<String> columns = checkList(declaration, index, value, what, list, draft, findings);
    if (columns.isEmpty()) {
      return;
    }
    Naming.writtenConstraint(mirrors, declaration.type(), index, "name", "index name",
        Naming.index(draft.name, columns), findings).ifPresent(name -> {
          draft.indexes.add(new Index(name, columns, mirrors.bool(index, "unique")));
          draft.names.add(new NamedObject("index", name, draft.name, declaration.type(),
              index));
        });
  }

  /** The physical column names of the list; empty after recording a finding. */
  private List<String> checkList(Declaration declaration, AnnotationMirror annotation,
      AnnotationValue value, String what, ColumnList list, TableDraft draft,
      List<Finding> findings) {
    if (!list.usable()) {
      findings.add(Finding.on(declaration.type(), annotation, value, Message.INVALID_COLUMN_LIST,
          what, list.problem()));
      return List.of();
    }
    List<String> columns = list.columns().stream().map(names::apply).toList();
    for (String column : columns) {
      if (!draft.sources.containsKey(column)) {
        findings.add(Finding.on(declaration.type(), annotation, value,
            Message.UNKNOWN_CONSTRAINT_COLUMN, what, column, draft.name,
            String.join(", ", draft.sources.keySet())));
        return List.of();
      }
    }
    return columns;
  }
}
