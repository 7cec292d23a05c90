package dev.schemata.processor.entity;

import dev.schemata.processor.diagnostic.Message;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.SqlType;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Reads collection-valued attributes: {@code @OneToMany}, {@code @ManyToMany} and
 * {@code @ElementCollection}, with their join or collection table, order and map key columns.
 */
final class CollectionReader {
  private final Mirrors mirrors;
  private final Supertypes supertypes;
  private final NameStyle names;
  private final ColumnReader columns;
  private final JoinColumnReader joins;
  private final AttributeReader attributes;
  private final List<Finding> findings;

  CollectionReader(Mirrors mirrors, Types types, NameStyle names, ColumnReader columns,
      JoinColumnReader joins, AttributeReader attributes, List<Finding> findings) {
    this.mirrors = mirrors;
    this.supertypes = new Supertypes(types);
    this.names = names;
    this.columns = columns;
    this.joins = joins;
    this.attributes = attributes;
    this.findings = findings;
  }

  /** A collection type: its kind, element type and, for a map, key type. */
  private record Shape(CollectionShape.Kind kind, TypeMirror element, TypeMirror key) {}

  /** A {@code @OneToMany} or {@code @ManyToMany}. */
  List<Mapping> relation(Attribute attribute, Element source, String path,
      AnnotationMirror annotation) {
    Optional<Shape> shape = shape(attribute, annotation);
    Optional<TypeElement> target = shape.flatMap(s -> entity(attribute, annotation,
        "targetEntity", s.element()));
    if (target.isEmpty()) {
      return List.of();
    }
    Element element = attribute.element();
    String mappedBy = mirrors.string(annotation, "mappedBy");
    if (!mappedBy.isEmpty()) {
      return List.of(new Mapping.Inverse(source, path, attribute.naming(), target.get(),
          mappedBy));
    }
    boolean oneToMany = Mirrors.nameOf(annotation).equals(Jpa.ONE_TO_MANY);
    String where = attribute.describe();
    if (oneToMany && (Mirrors.has(element, Jpa.JOIN_COLUMN)
        || Mirrors.has(element, Jpa.JOIN_COLUMNS))) {
      if (Mirrors.has(element, Jpa.ORDER_COLUMN)
          || shape.get().kind() == CollectionShape.Kind.MAP) {
        findings.add(Finding.on(element, annotation, Message.MAPPING_NOT_SUPPORTED_YET,
            attribute.name(), "an ordered list or a map in a @OneToMany with @JoinColumn"));
        return List.of();
      }
      return List.of(new Mapping.ForeignColumns(source, path, attribute.naming(), target.get(),
          joins.onElement(element, where)));
    }
    Optional<AnnotationMirror> table = Mirrors.find(element, Jpa.JOIN_TABLE);
    JoinColumns owner = table.map(t -> joins.read(element, where,
        mirrors.annotations(t, "joinColumns"), table, "foreignKey"))
        .orElse(JoinColumns.defaults());
    JoinColumns inverse = table.map(t -> joins.read(element, where,
        mirrors.annotations(t, "inverseJoinColumns"), table, "inverseForeignKey"))
        .orElse(JoinColumns.defaults());
    Optional<String> name = table.flatMap(t -> tableName(attribute, t, "join table name"));
    Optional<CollectionShape> collection = collectionShape(attribute, shape.get(), true);
    if (collection.isEmpty()) {
      return List.of();
    }
    return List.of(new Mapping.JoinTable(source, path, attribute.naming(), annotation,
        target.get(), name, owner,
        inverse, collection.get(), oneToMany));
  }

  /** An {@code @ElementCollection} of basic values or embeddables. */
  List<Mapping> elements(Attribute attribute, Element source, String path,
      AnnotationMirror annotation, AttributeScanner.Access access) {
    Optional<Shape> shape = shape(attribute, annotation);
    if (shape.isEmpty()) {
      return List.of();
    }
    Element element = attribute.element();
    TypeMirror written = mirrors.type(annotation, "targetClass");
    TypeMirror type = written.getKind() == TypeKind.VOID ? shape.get().element() : written;
    Optional<AnnotationMirror> table = Mirrors.find(element, Jpa.COLLECTION_TABLE);
    JoinColumns owner = table.map(t -> joins.read(element, attribute.describe(),
        mirrors.annotations(t, "joinColumns"), table, "foreignKey"))
        .orElse(JoinColumns.defaults());
    Optional<String> name = table.flatMap(t -> tableName(attribute, t,
        "collection table name"));
    List<Mapping> contents = AttributeReader.isEmbeddable(type)
        ? embeddables(attribute, source, path, type, access)
        : basic(attribute, source, path, type);
    Optional<CollectionShape> collection = collectionShape(attribute, shape.get(), false);
    if (contents.isEmpty() || collection.isEmpty()) {
      return List.of();
    }
    return List.of(new Mapping.ElementTable(source, path, attribute.naming(), name, owner,
        contents, collection.get()));
  }

  private List<Mapping> embeddables(Attribute attribute, Element source, String path,
      TypeMirror type, AttributeScanner.Access access) {
    TypeElement embeddable = (TypeElement) ((DeclaredType) type).asElement();
    Map<String, AnnotationMirror> overrides = attributes.overrides(attribute.element(),
        attribute.name(), Map.of(), Jpa.ATTRIBUTE_OVERRIDE, Jpa.ATTRIBUTE_OVERRIDES);
    Map<String, AnnotationMirror> joinOverrides = attributes.overrides(attribute.element(),
        attribute.name(), Map.of(), Jpa.ASSOCIATION_OVERRIDE, Jpa.ASSOCIATION_OVERRIDES);
    AttributeReader.Context context = new AttributeReader.Context(source, path + ".",
        overrides, joinOverrides, null, access,
        Set.of(embeddable.getQualifiedName().toString()));
    return attributes.contents(embeddable, (DeclaredType) type, context).stream()
        .sorted(Comparator.comparing(m -> List.of(m.path().split("\\.")),
            CollectionReader::compare))
        .toList();
  }

  /**
   * Orders attribute paths as Hibernate ORM orders the attributes of an embeddable, by name at
   * each level; the element columns of a set's primary or unique key follow this order.
   */
  private static int compare(List<String> left, List<String> right) {
    for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
      int order = left.get(i).compareTo(right.get(i));
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(left.size(), right.size());
  }

  private List<Mapping> basic(Attribute attribute, Element source, String path,
      TypeMirror type) {
    Optional<AnnotationMirror> column = Mirrors.find(attribute.element(), Jpa.COLUMN);
    Optional<String> name = column.isEmpty() ? Optional.of(attribute.naming())
        : Naming.written(mirrors, attribute.element(), column.get(), "name", "column name",
            attribute.naming(), findings);
    Optional<SqlType> sqlType = columns.type(attribute, column, type);
    if (name.isEmpty() || sqlType.isEmpty()) {
      return List.of();
    }
    Column.Builder built = Column.named(names.apply(name.get())).type(sqlType.get())
        .values(columns.enumValues(attribute, type).toArray(String[]::new))
        .enumType(columns.enumType(attribute, type, sqlType.get()));
    // Hibernate ORM leaves an element column nullable unless @Column says otherwise.
    if (column.map(c -> mirrors.bool(c, "nullable")).orElse(true)) {
      built.nullable();
    }
    Column element = built.build();
    return List.of(new Mapping.Basic(source, path, element, false, null,
        Fills.of(attribute, element).orElse(null)));
  }

  /** The order or key column the collection needs; empty after recording a finding. */
  private Optional<CollectionShape> collectionShape(Attribute attribute, Shape shape,
      boolean relation) {
    Element element = attribute.element();
    Optional<AnnotationMirror> order = Mirrors.find(element, Jpa.ORDER_COLUMN);
    if (order.isPresent() && shape.kind() != CollectionShape.Kind.LIST) {
      findings.add(Finding.on(element, order.get(), Message.MISPLACED_ANNOTATION,
          "@OrderColumn", attribute.name(), attribute.type()));
      return Optional.empty();
    }
    if (order.isPresent()) {
      return Naming.written(mirrors, element, order.get(), "name", "order column name",
          attribute.naming() + "_ORDER", findings).map(n -> new CollectionShape(
              CollectionShape.Kind.LIST, Optional.of(Column.named(names.apply(n))
                  .type(SqlType.INTEGER).build())));
    }
    if (shape.kind() != CollectionShape.Kind.MAP) {
      CollectionShape.Kind kind = shape.kind() == CollectionShape.Kind.LIST
          ? CollectionShape.Kind.BAG : shape.kind();
      return Optional.of(new CollectionShape(kind, Optional.empty()));
    }
    if (relation && Mirrors.has(element, Jpa.MAP_KEY)) {
      // The key is an attribute of the target: no column; the rows are unique as a set's.
      return Optional.of(new CollectionShape(CollectionShape.Kind.SET, Optional.empty()));
    }
    return mapKey(attribute, shape.key());
  }

  private Optional<CollectionShape> mapKey(Attribute attribute, TypeMirror key) {
    Element element = attribute.element();
    if (AttributeReader.isEmbeddable(key) || key.getKind() == TypeKind.DECLARED
        && Mirrors.has(((DeclaredType) key).asElement(), Jpa.ENTITY)) {
      findings.add(Finding.on(element, Message.MAPPING_NOT_SUPPORTED_YET, attribute.name(),
          "a Map keyed by an entity or embeddable"));
      return Optional.empty();
    }
    Optional<AnnotationMirror> column = Mirrors.find(element, Jpa.MAP_KEY_COLUMN);
    String fallback = attribute.naming() + "_KEY";
    Optional<String> name = column.isEmpty() ? Optional.of(fallback)
        : Naming.written(mirrors, element, column.get(), "name", "map key column name",
            fallback, findings);
    column.ifPresent(c -> Unsupported.attributes(element, attribute.describe(), c, findings,
        "columnDefinition", "table"));
    Optional<SqlType> type = columns.keyType(attribute, column, key);
    if (name.isEmpty() || type.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CollectionShape(CollectionShape.Kind.MAP,
        Optional.of(Column.named(names.apply(name.get())).type(type.get())
            .values(TypeMapper.constants(key).toArray(String[]::new))
            .enumType(columns.keyEnumType(attribute, key, type.get())).build())));
  }

  private Optional<String> tableName(Attribute attribute, AnnotationMirror table, String what) {
    Unsupported.attributes(attribute.element(), attribute.describe(), table, findings,
        "schema", "catalog");
    for (String list : List.of("uniqueConstraints", "indexes")) {
      if (!mirrors.list(table, list).isEmpty()) {
        findings.add(Finding.on(attribute.element(), table,
            Mirrors.explicit(table, list).orElse(null), Message.ATTRIBUTE_NOT_SUPPORTED_YET,
            Mirrors.display(Mirrors.nameOf(table)), list, attribute.describe()));
      }
    }
    return Naming.written(mirrors, attribute.element(), table, "name", what, "", findings)
        .filter(n -> !n.isEmpty()).map(names::apply);
  }

  /** The kind and element type of a collection attribute; empty after recording a finding. */
  private Optional<Shape> shape(Attribute attribute, AnnotationMirror annotation) {
    TypeMirror type = attribute.type();
    Optional<DeclaredType> map = supertypes.find(type, "java.util.Map");
    if (map.isPresent() && map.get().getTypeArguments().size() == 2) {
      List<? extends TypeMirror> arguments = map.get().getTypeArguments();
      return Optional.of(new Shape(CollectionShape.Kind.MAP, arguments.get(1),
          arguments.get(0)));
    }
    Optional<DeclaredType> collection = supertypes.find(type, "java.util.Collection");
    if (map.isEmpty() && collection.isPresent()
        && collection.get().getTypeArguments().size() == 1) {
      CollectionShape.Kind kind = supertypes.find(type, "java.util.Set").isPresent()
          ? CollectionShape.Kind.SET
          : supertypes.find(type, "java.util.List").isPresent() ? CollectionShape.Kind.LIST
          : CollectionShape.Kind.BAG;
      return Optional.of(new Shape(kind, collection.get().getTypeArguments().get(0), null));
    }
    findings.add(Finding.on(attribute.element(), annotation, Message.NOT_A_COLLECTION,
        Mirrors.display(Mirrors.nameOf(annotation)), attribute.name(), type));
    return Optional.empty();
  }

  /** The entity a relation refers to: the written attribute when given, else {@code type}. */
  Optional<TypeElement> entity(Attribute attribute, AnnotationMirror annotation,
      String targetAttribute, TypeMirror type) {
    TypeMirror written = mirrors.type(annotation, targetAttribute);
    TypeMirror target = written.getKind() == TypeKind.VOID ? type : written;
    if (target.getKind() == TypeKind.DECLARED) {
      TypeElement element = (TypeElement) ((DeclaredType) target).asElement();
      if (Mirrors.has(element, Jpa.ENTITY)) {
        return Optional.of(element);
      }
    }
    findings.add(Finding.on(attribute.element(), annotation, Message.RELATION_TARGET_NOT_ENTITY,
        Mirrors.display(Mirrors.nameOf(annotation)), attribute.name(), target));
    return Optional.empty();
  }
}
