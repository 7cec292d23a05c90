package dev.schemata.processor.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Reads {@code @JoinColumn}, {@code @JoinColumns}, {@code @PrimaryKeyJoinColumn} and the
 * {@code @ForeignKey} that goes with them into {@link JoinColumns}.
 */
final class JoinColumnReader {
  private final Mirrors mirrors;
  private final NameStyle names;
  private final List<Finding> findings;

  JoinColumnReader(Mirrors mirrors, NameStyle names, List<Finding> findings) {
    this.mirrors = mirrors;
    this.names = names;
    this.findings = findings;
  }

  /** The {@code @JoinColumn}s written on the element, alone or in {@code @JoinColumns}. */
  JoinColumns onElement(Element element, String where) {
    return repeated(element, where, Jpa.JOIN_COLUMN, Jpa.JOIN_COLUMNS);
  }

  /** The {@code @PrimaryKeyJoinColumn}s written on a subclass entity. */
  JoinColumns primaryKey(Element element, String where) {
    return repeated(element, where, Jpa.PRIMARY_KEY_JOIN_COLUMN, Jpa.PRIMARY_KEY_JOIN_COLUMNS);
  }

  private JoinColumns repeated(Element element, String where, String single, String container) {
    List<AnnotationMirror> columns = mirrors.repeated(element, single, container);
    Optional<AnnotationMirror> holder = Mirrors.find(element, container)
        .or(() -> columns.stream().findFirst());
    return read(element, where, columns, holder, "foreignKey");
  }

  /**
   * Join columns listed in an annotation attribute, such as {@code @JoinTable(joinColumns)},
   * with the foreign key in {@code holder.fkAttribute}.
   */
  JoinColumns read(Element element, String where, List<AnnotationMirror> columns,
      Optional<AnnotationMirror> holder, String fkAttribute) {
    List<JoinColumns.Spec> specs = new ArrayList<>();
    for (AnnotationMirror column : columns) {
      Optional<String> name = Naming.written(mirrors, element, column, "name",
          "join column name", "", findings);
      Optional<String> referenced = Naming.written(mirrors, element, column,
          "referencedColumnName", "referenced column name", "", findings);
      Unsupported.attributes(element, where, column, findings, "columnDefinition");
      boolean primaryKey = Mirrors.nameOf(column).equals(Jpa.PRIMARY_KEY_JOIN_COLUMN);
      if (!primaryKey) {
        Unsupported.attributes(element, where, column, findings, "table");
      }
      specs.add(new JoinColumns.Spec(physical(name), physical(referenced),
          primaryKey || mirrors.bool(column, "nullable"),
          !primaryKey && mirrors.bool(column, "unique"), column));
    }
    Optional<AnnotationMirror> key = holder.map(h -> mirrors.annotation(h, fkAttribute));
    key.ifPresent(k -> Unsupported.attributes(element, where, k, findings,
        "foreignKeyDefinition"));
    Optional<String> keyName = key.flatMap(k -> Naming.writtenConstraint(mirrors, element, k,
        "name", "foreign key name", "", findings)).filter(n -> !n.isEmpty());
    boolean constrained = key.map(k -> !mirrors.constant(k, "value").equals("NO_CONSTRAINT"))
        .orElse(true);
    return new JoinColumns(specs, keyName, constrained, holder.orElse(null));
  }

  private Optional<String> physical(Optional<String> written) {
    return written.filter(n -> !n.isEmpty()).map(names::apply);
  }
}
