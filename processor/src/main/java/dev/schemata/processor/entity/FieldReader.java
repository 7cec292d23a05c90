package dev.schemata.processor.entity;

import dev.schemata.processor.diagnostic.Message;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.SqlType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;

/** Reads one field of an entity or mapped superclass into what it maps to, if anything. */
final class FieldReader {
  /** Field annotations whose mappings a later version of Schemata adds. */
  private static final List<String> NOT_YET = List.of(Jpa.MANY_TO_MANY, Jpa.ELEMENT_COLLECTION,
      Jpa.EMBEDDED, Jpa.JOIN_TABLE, Jpa.JOIN_COLUMNS, Jpa.MAPS_ID);
  private static final Set<TypeKind> INTEGRAL = Set.of(TypeKind.SHORT, TypeKind.INT,
      TypeKind.LONG);
  private static final Set<String> INTEGRAL_WRAPPERS = Set.of("java.lang.Short",
      "java.lang.Integer", "java.lang.Long");

  private final Mirrors mirrors;
  private final List<Finding> findings;
  private final TypeMapper types;
  private final RelationReader relations;

  FieldReader(Mirrors mirrors, List<Finding> findings) {
    this.mirrors = mirrors;
    this.findings = findings;
    this.types = new TypeMapper(mirrors, findings);
    this.relations = new RelationReader(mirrors, findings);
  }

  /** The mapping of the field; empty when it is not persistent or after recording a finding. */
  Optional<FieldMapping> read(VariableElement field) {
    if (field.getModifiers().contains(Modifier.STATIC)
        || field.getModifiers().contains(Modifier.TRANSIENT)
        || Mirrors.has(field, Jpa.TRANSIENT)) {
      return Optional.empty();
    }
    Optional<String> notYet = notSupportedYet(field);
    if (notYet.isPresent()) {
      findings.add(Finding.on(field, Message.MAPPING_NOT_SUPPORTED_YET, field.getSimpleName(),
          notYet.get()));
      return Optional.empty();
    }
    if (Mirrors.has(field, Jpa.ONE_TO_MANY) || isInverseOneToOne(field)) {
      // The other side owns the join column; this side adds nothing to the schema.
      return Optional.empty();
    }
    if (Mirrors.has(field, Jpa.MANY_TO_ONE) || Mirrors.has(field, Jpa.ONE_TO_ONE)) {
      return relations.read(field);
    }
    return basic(field);
  }

  private Optional<String> notSupportedYet(VariableElement field) {
    for (String annotation : NOT_YET) {
      if (Mirrors.has(field, annotation)) {
        return Optional.of(Mirrors.display(annotation));
      }
    }
    Optional<AnnotationMirror> oneToMany = Mirrors.find(field, Jpa.ONE_TO_MANY);
    if (oneToMany.isPresent() && mirrors.string(oneToMany.get(), "mappedBy").isEmpty()) {
      return Optional.of("@OneToMany without mappedBy (a unidirectional one-to-many)");
    }
    if (field.asType().getKind() == TypeKind.DECLARED
        && Mirrors.has(((DeclaredType) field.asType()).asElement(), Jpa.EMBEDDABLE)) {
      return Optional.of("the @Embeddable type " + field.asType());
    }
    boolean relation = Mirrors.has(field, Jpa.MANY_TO_ONE) || Mirrors.has(field, Jpa.ONE_TO_ONE);
    if (relation && Mirrors.has(field, Jpa.ID)) {
      return Optional.of("@Id on a relation (a derived identity)");
    }
    return Optional.empty();
  }

  private boolean isInverseOneToOne(VariableElement field) {
    return Mirrors.find(field, Jpa.ONE_TO_ONE)
        .filter(m -> !mirrors.string(m, "mappedBy").isEmpty()).isPresent();
  }

  private Optional<FieldMapping> basic(VariableElement field) {
    Optional<AnnotationMirror> column = Mirrors.find(field, Jpa.COLUMN);
    String fieldName = field.getSimpleName().toString();
    Optional<String> name = column.isEmpty() ? Optional.of(fieldName)
        : Naming.written(mirrors, field, column.get(), "name", "column name", fieldName,
            findings);
    column.ifPresent(c -> Unsupported.attributes(field, "field " + fieldName, c, findings,
        "columnDefinition", "table"));
    types.checkQualifiers(field);
    Optional<SqlType> type = types.map(field);
    boolean id = Mirrors.has(field, Jpa.ID);
    Optional<Boolean> identity = identity(field, id);
    if (name.isEmpty() || type.isEmpty() || identity.isEmpty()) {
      return Optional.empty();
    }
    Column.Builder builder = Column.named(name.get()).type(type.get());
    if (!id && isNullable(field, column)) {
      builder.nullable();
    }
    if (identity.get()) {
      builder.identity();
    }
    boolean unique = column.isPresent() && mirrors.bool(column.get(), "unique");
    return Optional.of(new FieldMapping.Basic(field, builder.build(), id, unique));
  }

  private boolean isNullable(VariableElement field, Optional<AnnotationMirror> column) {
    if (field.asType().getKind().isPrimitive()) {
      return false;
    }
    boolean optional = Mirrors.find(field, Jpa.BASIC)
        .map(b -> mirrors.bool(b, "optional")).orElse(true);
    return optional && column.map(c -> mirrors.bool(c, "nullable")).orElse(true);
  }

  /** Whether the column is an identity column; empty after recording a finding. */
  private Optional<Boolean> identity(VariableElement field, boolean id) {
    Optional<AnnotationMirror> generated = Mirrors.find(field, Jpa.GENERATED_VALUE);
    if (generated.isEmpty()) {
      return Optional.of(false);
    }
    if (!id) {
      findings.add(Finding.on(field, generated.get(), Message.MISPLACED_ANNOTATION,
          "@GeneratedValue without @Id", field.getSimpleName(), field.asType()));
      return Optional.empty();
    }
    String strategy = mirrors.constant(generated.get(), "strategy");
    if (!strategy.equals("IDENTITY")) {
      AnnotationValue value = Mirrors.explicit(generated.get(), "strategy").orElse(null);
      findings.add(Finding.on(field, generated.get(), value, Message.GENERATION_NOT_SUPPORTED,
          strategy, field.getSimpleName()));
      return Optional.empty();
    }
    if (!isIntegral(field)) {
      findings.add(Finding.on(field, generated.get(), Message.IDENTITY_NOT_INTEGRAL,
          field.getSimpleName(), field.asType()));
      return Optional.empty();
    }
    return Optional.of(true);
  }

  private static boolean isIntegral(VariableElement field) {
    return INTEGRAL.contains(field.asType().getKind())
        || INTEGRAL_WRAPPERS.contains(field.asType().toString());
  }
}
