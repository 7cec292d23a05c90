package dev.schemata.processor.entity;

import dev.schemata.processor.diagnostic.Message;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/** Reads one {@code @Entity} class, with its mapped superclasses, into a {@link Declaration}. */
final class DeclarationReader {
  /** Annotations that map a persistent attribute; on a method they mean property access. */
  private static final List<String> ATTRIBUTE_MAPPINGS = List.of(Jpa.ID, Jpa.EMBEDDED_ID,
      Jpa.COLUMN, Jpa.BASIC, Jpa.GENERATED_VALUE, Jpa.MANY_TO_ONE, Jpa.ONE_TO_ONE,
      Jpa.ONE_TO_MANY, Jpa.MANY_TO_MANY, Jpa.ELEMENT_COLLECTION, Jpa.EMBEDDED, Jpa.JOIN_COLUMN,
      Jpa.ENUMERATED, Jpa.TEMPORAL, Jpa.LOB, Jpa.VERSION, Jpa.TRANSIENT);
  private static final List<String> ENTITY_NOT_YET = List.of(Jpa.INHERITANCE,
      Jpa.SECONDARY_TABLE, Jpa.SECONDARY_TABLES);

  private final Mirrors mirrors;

  DeclarationReader(Mirrors mirrors) {
    this.mirrors = mirrors;
  }

  Declaration read(TypeElement type) {
    List<Finding> findings = new ArrayList<>();
    if (!checkEntity(type, findings)) {
      return new Declaration(type, "", List.of(), List.of(), List.of(), findings);
    }
    String table = tableName(type, findings);
    List<FieldMapping> fields = new ArrayList<>();
    List<VariableElement> ids = new ArrayList<>();
    FieldReader reader = new FieldReader(mirrors, findings);
    for (TypeElement declaring : mappedClasses(type, findings)) {
      checkMethods(declaring, findings);
      for (VariableElement field : ElementFilter.fieldsIn(declaring.getEnclosedElements())) {
        Optional<AnnotationMirror> embeddedId = Mirrors.find(field, Jpa.EMBEDDED_ID);
        if (embeddedId.isPresent()) {
          findings.add(Finding.on(field, embeddedId.get(), Message.COMPOSITE_ID_NOT_SUPPORTED,
              type.getQualifiedName(), "@EmbeddedId on field " + field.getSimpleName()));
          continue;
        }
        if (Mirrors.has(field, Jpa.ID)) {
          ids.add(field);
        }
        reader.read(field).ifPresent(fields::add);
      }
    }
    checkIds(type, ids, findings);
    Optional<AnnotationMirror> tableAnnotation = Mirrors.find(type, Jpa.TABLE);
    List<AnnotationMirror> indexes = tableAnnotation
        .map(t -> mirrors.annotations(t, "indexes")).orElse(List.of());
    List<AnnotationMirror> uniques = tableAnnotation
        .map(t -> mirrors.annotations(t, "uniqueConstraints")).orElse(List.of());
    return new Declaration(type, table, fields, indexes, uniques, findings);
  }

  /** Whether the class can be an entity at all; records what stops it. */
  private boolean checkEntity(TypeElement type, List<Finding> findings) {
    if (type.getKind() != ElementKind.CLASS) {
      findings.add(Finding.on(type, Message.ENTITY_NOT_A_CLASS, type.getQualifiedName(),
          describe(type.getKind())));
      return false;
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      findings.add(Finding.on(type, Message.ENTITY_ABSTRACT, type.getQualifiedName()));
    }
    for (String annotation : ENTITY_NOT_YET) {
      Mirrors.find(type, annotation).ifPresent(m -> findings.add(Finding.on(type, m,
          Message.ENTITY_MAPPING_NOT_SUPPORTED_YET, type.getQualifiedName(),
          Mirrors.display(annotation))));
    }
    Mirrors.find(type, Jpa.ID_CLASS).ifPresent(m -> findings.add(Finding.on(type, m,
        Message.COMPOSITE_ID_NOT_SUPPORTED, type.getQualifiedName(), "@IdClass")));
    Mirrors.find(type, Jpa.ACCESS).filter(m -> mirrors.constant(m, "value").equals("PROPERTY"))
        .ifPresent(m -> findings.add(Finding.on(type, m,
            Message.ENTITY_MAPPING_NOT_SUPPORTED_YET, type.getQualifiedName(),
            "@Access(PROPERTY); Schemata reads field access only")));
    return true;
  }

  private static String describe(ElementKind kind) {
    String name = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
  }

  private String tableName(TypeElement type, List<Finding> findings) {
    AnnotationMirror entity = Mirrors.find(type, Jpa.ENTITY).orElseThrow();
    String simple = type.getSimpleName().toString();
    String entityName = Naming.written(mirrors, type, entity, "name", "entity name", simple,
        findings).orElse(simple);
    Optional<AnnotationMirror> table = Mirrors.find(type, Jpa.TABLE);
    if (table.isEmpty()) {
      return entityName;
    }
    Unsupported.attributes(type, "@Entity " + type.getQualifiedName(), table.get(), findings,
        "schema", "catalog");
    return Naming.written(mirrors, type, table.get(), "name", "table name", entityName, findings)
        .orElse(entityName);
  }

  /** The mapped superclasses, top first, then the entity; records entity inheritance. */
  private List<TypeElement> mappedClasses(TypeElement type, List<Finding> findings) {
    Deque<TypeElement> classes = new ArrayDeque<>();
    classes.push(type);
    TypeMirror parent = type.getSuperclass();
    while (parent.getKind() == TypeKind.DECLARED) {
      TypeElement superclass = (TypeElement) ((DeclaredType) parent).asElement();
      if (Mirrors.has(superclass, Jpa.ENTITY)) {
        findings.add(Finding.on(type, Message.ENTITY_MAPPING_NOT_SUPPORTED_YET,
            type.getQualifiedName(), "entity inheritance (it extends @Entity "
                + superclass.getQualifiedName() + ")"));
      } else if (Mirrors.has(superclass, Jpa.MAPPED_SUPERCLASS)) {
        classes.push(superclass);
      }
      parent = superclass.getSuperclass();
    }
    return List.copyOf(classes);
  }

  private static void checkMethods(TypeElement declaring, List<Finding> findings) {
    for (Element method : ElementFilter.methodsIn(declaring.getEnclosedElements())) {
      for (String annotation : ATTRIBUTE_MAPPINGS) {
        Mirrors.find(method, annotation).ifPresent(m -> findings.add(Finding.on(method, m,
            Message.PROPERTY_ACCESS_NOT_SUPPORTED, Mirrors.display(annotation),
            declaring.getSimpleName() + "." + method.getSimpleName())));
      }
    }
  }

  private static void checkIds(TypeElement type, List<VariableElement> ids,
      List<Finding> findings) {
    // An id declared in a way Schemata rejects (or inherited from an entity) is reported
    // already; "no @Id" would mislead.
    boolean declaredOtherwise = findings.stream().map(Finding::message)
        .anyMatch(m -> m == Message.COMPOSITE_ID_NOT_SUPPORTED
            || m == Message.PROPERTY_ACCESS_NOT_SUPPORTED
            || m == Message.ENTITY_MAPPING_NOT_SUPPORTED_YET);
    if (ids.size() > 1) {
      findings.add(Finding.on(ids.get(1), Message.COMPOSITE_ID_NOT_SUPPORTED,
          type.getQualifiedName(), "@Id on fields " + String.join(", ",
              ids.stream().map(f -> f.getSimpleName().toString()).toList())));
    } else if (ids.isEmpty() && !declaredOtherwise) {
      findings.add(Finding.on(type, Message.ENTITY_WITHOUT_ID, type.getQualifiedName()));
    }
  }
}
