package dev.schemata.processor.entity;

import dev.schemata.processor.diagnostic.Message;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Reads one {@code @Entity} class, with its mapped superclasses, into a {@link Declaration}. */
final class DeclarationReader {
  private static final List<String> ENTITY_NOT_YET = List.of(Jpa.SECONDARY_TABLE,
      Jpa.SECONDARY_TABLES);

  private final Mirrors mirrors;
  private final Types types;
  private final NameStyle names;
  private final Renaming renaming;
  private final EnumTypeNames enumTypes;

  DeclarationReader(Mirrors mirrors, Types types, NameStyle names, Renaming renaming,
      EnumTypeNames enumTypes) {
    this.mirrors = mirrors;
    this.types = types;
    this.names = names;
    this.renaming = renaming;
    this.enumTypes = enumTypes;
  }

  Declaration read(TypeElement type) {
    List<Finding> findings = new ArrayList<>();
    String entityName = entityName(type, findings);
    Hierarchy hierarchy = hierarchy(type);
    if (!checkEntity(type, findings)) {
      return new Declaration(type, entityName, "", hierarchy, List.of(),
          JoinColumns.defaults(), List.of(), List.of(), findings);
    }
    String table = tableName(type, entityName, findings);
    AttributeScanner scanner = new AttributeScanner(types, mirrors, findings, renaming);
    AttributeReader reader = new AttributeReader(mirrors, types, names, scanner,
        new ColumnReader(mirrors, names, new Converters(types, mirrors), enumTypes, findings),
        findings);
    List<TypeElement> all = classes(type, true);
    AttributeScanner.Access access = scanner.hierarchyAccess(all);
    List<Mapping> mappings = new ArrayList<>();
    for (TypeElement declaring : classes(type, false)) {
      AttributeScanner.Access classAccess = scanner.classAccess(declaring, access);
      for (Attribute attribute : scanner.attributes(declaring, (DeclaredType) type.asType(),
          classAccess)) {
        mappings.addAll(reader.read(attribute, AttributeReader.Context.entity(classAccess)));
      }
    }
    if (hierarchy.isRoot()) {
      // Checked as declared: @MapsId relations replace parts of an @EmbeddedId, and would look
      // like @Id attributes of their own once derived.
      checkIds(type, mappings, findings);
      mappings = new DerivedIds(findings).apply(type, mappings);
    }
    JoinColumns primaryKeyJoins = new JoinColumnReader(mirrors, names, findings)
        .primaryKey(type, "@Entity " + type.getQualifiedName());
    Optional<AnnotationMirror> tableAnnotation = Mirrors.find(type, Jpa.TABLE);
    List<AnnotationMirror> indexes = tableAnnotation
        .map(t -> mirrors.annotations(t, "indexes")).orElse(List.of());
    List<AnnotationMirror> uniques = tableAnnotation
        .map(t -> mirrors.annotations(t, "uniqueConstraints")).orElse(List.of());
    return new Declaration(type, entityName, table, hierarchy, mappings, primaryKeyJoins,
        indexes, uniques, findings);
  }

  /** Whether the class can be an entity at all; records what stops it. */
  private boolean checkEntity(TypeElement type, List<Finding> findings) {
    if (type.getKind() != ElementKind.CLASS) {
      findings.add(Finding.on(type, Message.ENTITY_NOT_A_CLASS, type.getQualifiedName(),
          describe(type.getKind())));
      return false;
    }
    for (String annotation : ENTITY_NOT_YET) {
      Mirrors.find(type, annotation).ifPresent(m -> findings.add(Finding.on(type, m,
          Message.ENTITY_MAPPING_NOT_SUPPORTED_YET, type.getQualifiedName(),
          Mirrors.display(annotation))));
    }
    return true;
  }

  private static String describe(ElementKind kind) {
    String name = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
  }

  private String entityName(TypeElement type, List<Finding> findings) {
    String simple = type.getSimpleName().toString();
    String name = Mirrors.find(type, Jpa.ENTITY).flatMap(e -> Naming.written(mirrors, type, e,
        "name", "entity name", simple, findings)).orElse(simple);
    return renaming.entityName(type, name);
  }

  private String tableName(TypeElement type, String entityName, List<Finding> findings) {
    Optional<AnnotationMirror> table = Mirrors.find(type, Jpa.TABLE);
    if (table.isEmpty()) {
      return names.apply(entityName);
    }
    Unsupported.attributes(type, "@Entity " + type.getQualifiedName(), table.get(), findings,
        "schema", "catalog");
    return names.apply(Naming.written(mirrors, type, table.get(), "name", "table name",
        entityName, findings).orElse(entityName));
  }

  /** The root entity, the parent entity and the root's strategy. */
  private Hierarchy hierarchy(TypeElement type) {
    List<TypeElement> entities = classes(type, true).stream()
        .filter(c -> Mirrors.has(c, Jpa.ENTITY)).toList();
    TypeElement root = entities.get(0);
    Optional<TypeElement> parent = entities.size() > 1
        ? Optional.of(entities.get(entities.size() - 2)) : Optional.empty();
    Hierarchy.Strategy strategy = Mirrors.find(root, Jpa.INHERITANCE)
        .map(i -> Hierarchy.Strategy.valueOf(mirrors.constant(i, "strategy")))
        .orElse(Hierarchy.Strategy.SINGLE_TABLE);
    return new Hierarchy(root, parent, strategy, Mirrors.find(root, Jpa.DISCRIMINATOR_COLUMN));
  }

  /**
   * The entity and its mapped superclasses, top first: all the way up when {@code all}, else
   * only those up to the next entity superclass.
   */
  private static List<TypeElement> classes(TypeElement type, boolean all) {
    Deque<TypeElement> classes = new ArrayDeque<>();
    classes.push(type);
    TypeMirror parent = type.getSuperclass();
    while (parent.getKind() == TypeKind.DECLARED) {
      TypeElement superclass = (TypeElement) ((DeclaredType) parent).asElement();
      boolean entity = Mirrors.has(superclass, Jpa.ENTITY);
      if (entity && !all) {
        break;
      }
      if (entity || Mirrors.has(superclass, Jpa.MAPPED_SUPERCLASS)) {
        classes.push(superclass);
      }
      parent = superclass.getSuperclass();
    }
    return List.copyOf(classes);
  }

  private void checkIds(TypeElement type, List<Mapping> mappings, List<Finding> findings) {
    List<String> sources = mappings.stream().filter(m -> Declaration.idPath(m) != null)
        .map(m -> m.source().getSimpleName().toString()).distinct().toList();
    // An id declared in a way Schemata rejects is reported already; "no @Id" would mislead.
    boolean declaredOtherwise = !findings.isEmpty();
    if (sources.size() > 1 && !Mirrors.has(type, Jpa.ID_CLASS)) {
      findings.add(Finding.on(type, Message.COMPOSITE_ID_NOT_SUPPORTED,
          type.getQualifiedName(), "@Id on " + String.join(", ", sources)));
    } else if (sources.isEmpty() && !declaredOtherwise) {
      findings.add(Finding.on(type, Message.ENTITY_WITHOUT_ID, type.getQualifiedName()));
    }
  }
}
