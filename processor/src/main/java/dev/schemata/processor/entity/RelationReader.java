package dev.schemata.processor.entity;

import dev.schemata.processor.diagnostic.Message;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Reads the owning side of a {@code @ManyToOne} or {@code @OneToOne} field. */
final class RelationReader {
  private final Mirrors mirrors;
  private final List<Finding> findings;

  RelationReader(Mirrors mirrors, List<Finding> findings) {
    this.mirrors = mirrors;
    this.findings = findings;
  }

  /** The relation; empty after recording a finding. */
  Optional<FieldMapping> read(VariableElement field) {
    boolean oneToOne = Mirrors.has(field, Jpa.ONE_TO_ONE);
    AnnotationMirror annotation = Mirrors.find(field, oneToOne ? Jpa.ONE_TO_ONE : Jpa.MANY_TO_ONE)
        .orElseThrow();
    Optional<TypeElement> target = target(field, annotation);
    Optional<AnnotationMirror> joinColumn = Mirrors.find(field, Jpa.JOIN_COLUMN);
    String where = "field " + field.getSimpleName();
    Optional<String> columnName = joinColumn.flatMap(j -> Naming.written(mirrors, field, j, "name",
        "join column name", "", findings));
    Optional<String> referenced = joinColumn.flatMap(j -> Naming.written(mirrors, field, j,
        "referencedColumnName", "referenced column name", "", findings));
    joinColumn.ifPresent(j -> Unsupported.attributes(field, where, j, findings,
        "columnDefinition", "table"));
    if (target.isEmpty() || joinColumn.isPresent()
        && (columnName.isEmpty() || referenced.isEmpty())) {
      return Optional.empty();
    }
    boolean nullable = mirrors.bool(annotation, "optional")
        && joinColumn.map(j -> mirrors.bool(j, "nullable")).orElse(true);
    boolean unique = oneToOne || joinColumn.map(j -> mirrors.bool(j, "unique")).orElse(false);
    return Optional.of(new FieldMapping.Relation(field, annotation, target.get(),
        columnName.filter(n -> !n.isEmpty()), referenced.filter(n -> !n.isEmpty()), joinColumn,
        nullable, unique));
  }

  /** The entity the field refers to: {@code targetEntity} when given, else the field's type. */
  private Optional<TypeElement> target(VariableElement field, AnnotationMirror annotation) {
    TypeMirror written = mirrors.type(annotation, "targetEntity");
    TypeMirror type = written.getKind() == TypeKind.VOID ? field.asType() : written;
    if (type.getKind() == TypeKind.DECLARED) {
      TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
      if (Mirrors.has(element, Jpa.ENTITY)) {
        return Optional.of(element);
      }
    }
    findings.add(Finding.on(field, annotation, Message.RELATION_TARGET_NOT_ENTITY,
        Mirrors.display(Mirrors.nameOf(annotation)), field.getSimpleName(), type));
    return Optional.empty();
  }
}
