package dev.schemata.processor.entity;

import dev.schemata.processor.diagnostic.Message;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * Reads one persistent attribute into its {@link Mapping}s, flattening embeddables (with their
 * {@code @AttributeOverride}s and {@code @AssociationOverride}s) into columns and relations.
 */
final class AttributeReader {
  /** Mappings that a later version of Schemata adds. */
  /** Provider annotations that change the schema, with what ignoring them would build. */
  private static final Map<String, String> PROVIDER_NOT_YET = Map.of(
      Jpa.ON_DELETE, "its foreign key would be created without the ON DELETE action",
      Jpa.GENERIC_GENERATOR, "its generator could need schema objects Schemata would not create");

  private static final List<String> NOT_YET = List.of(Jpa.MAP_KEY_JOIN_COLUMN,
      Jpa.MAP_KEY_JOIN_COLUMNS, Jpa.MAP_KEY_CLASS);

  /**
   * Where an attribute is read: directly in an entity, or inside an embeddable.
   *
   * @param source the entity attribute that leads here, or null at the entity itself
   * @param prefix the path of the enclosing embeddable, ending with a dot, or ""
   * @param columns the {@code @AttributeOverride}s that apply, by path relative to here
   * @param joins the {@code @AssociationOverride}s that apply, by path relative to here
   * @param idPrefix the path within the primary key, or null outside of it
   * @param access the access of the enclosing class
   * @param embedding the embeddables being read, against cycles
   */
  record Context(Element source, String prefix, Map<String, AnnotationMirror> columns,
      Map<String, AnnotationMirror> joins, String idPrefix, AttributeScanner.Access access,
      Set<String> embedding) {

    /** At the top of an entity or mapped superclass. */
    static Context entity(AttributeScanner.Access access) {
      return new Context(null, "", Map.of(), Map.of(), null, access, Set.of());
    }
  }

  private final Mirrors mirrors;
  private final AttributeScanner scanner;
  private final ColumnReader columns;
  private final JoinColumnReader joins;
  private final CollectionReader collections;
  private final List<Finding> findings;

  AttributeReader(Mirrors mirrors, Types types, NameStyle names, AttributeScanner scanner,
      ColumnReader columns, List<Finding> findings) {
    this.mirrors = mirrors;
    this.scanner = scanner;
    this.columns = columns;
    this.joins = new JoinColumnReader(mirrors, names, findings);
    this.collections = new CollectionReader(mirrors, types, names, columns, joins, this,
        findings);
    this.findings = findings;
  }

  /** The mappings of the attribute; empty when it maps nothing or after recording a finding. */
  List<Mapping> read(Attribute attribute, Context context) {
    Element element = attribute.element();
    Element source = context.source() == null ? element : context.source();
    String path = context.prefix() + attribute.name();
    for (Map.Entry<String, String> provider : PROVIDER_NOT_YET.entrySet()) {
      if (Mirrors.has(element, provider.getKey())) {
        String annotation = Mirrors.display(provider.getKey());
        findings.add(Finding.on(element, Message.PROVIDER_ANNOTATION_NOT_SUPPORTED_YET,
            attribute.name(), annotation, provider.getValue(), annotation));
        return List.of();
      }
    }
    for (String annotation : NOT_YET) {
      if (Mirrors.has(element, annotation)) {
        findings.add(Finding.on(element, Message.MAPPING_NOT_SUPPORTED_YET, attribute.name(),
            Mirrors.display(annotation)));
        return List.of();
      }
    }
    String idPath = context.idPrefix() != null ? context.idPrefix() + attribute.name()
        : Mirrors.has(element, Jpa.ID) ? attribute.name() : null;
    if (Mirrors.has(element, Jpa.EMBEDDED_ID)) {
      return embedded(attribute, context, source, path, "");
    }
    Optional<AnnotationMirror> many = Mirrors.find(element, Jpa.ONE_TO_MANY)
        .or(() -> Mirrors.find(element, Jpa.MANY_TO_MANY));
    if (many.isPresent()) {
      return collections.relation(attribute, source, path, many.get());
    }
    Optional<AnnotationMirror> elements = Mirrors.find(element, Jpa.ELEMENT_COLLECTION);
    if (elements.isPresent()) {
      return collections.elements(attribute, source, path, elements.get(), context.access());
    }
    Optional<AnnotationMirror> one = Mirrors.find(element, Jpa.MANY_TO_ONE)
        .or(() -> Mirrors.find(element, Jpa.ONE_TO_ONE));
    if (one.isPresent()) {
      return toOne(attribute, context, source, path, one.get(), idPath);
    }
    if (Mirrors.has(element, Jpa.EMBEDDED) || isEmbeddable(attribute.type())) {
      return embedded(attribute, context, source, path, idPath == null ? null : idPath + ".");
    }
    Optional<AnnotationMirror> column = Optional.ofNullable(context.columns()
        .get(attribute.name())).map(o -> mirrors.annotation(o, "column"))
        .or(() -> Mirrors.find(element, Jpa.COLUMN));
    return columns.read(attribute, column, source, path, idPath).<List<Mapping>>map(List::of)
        .orElse(List.of());
  }

  private List<Mapping> toOne(Attribute attribute, Context context, Element source, String path,
      AnnotationMirror annotation, String idPath) {
    Element element = attribute.element();
    Optional<TypeElement> target = collections.entity(attribute, annotation, "targetEntity",
        attribute.type());
    if (target.isEmpty()) {
      return List.of();
    }
    String mappedBy = Mirrors.nameOf(annotation).equals(Jpa.ONE_TO_ONE)
        ? mirrors.string(annotation, "mappedBy") : "";
    if (!mappedBy.isEmpty()) {
      return List.of(new Mapping.Inverse(source, path, attribute.naming(), target.get(),
          mappedBy));
    }
    AnnotationMirror override = context.joins().get(attribute.name());
    JoinColumns written = override == null ? joins.onElement(element, attribute.describe())
        : joins.read(element, attribute.describe(), mirrors.annotations(override, "joinColumns"),
            Optional.of(override), "foreignKey");
    String mapsId = Mirrors.find(element, Jpa.MAPS_ID).map(m -> mirrors.string(m, "value"))
        .orElse(null);
    boolean id = idPath != null || mapsId != null;
    boolean nullable = !id && mirrors.bool(annotation, "optional")
        && !Mirrors.has(element, Jpa.NOT_NULL)
        && written.columns().stream().allMatch(JoinColumns.Spec::nullable);
    boolean unique = !id && (Mirrors.nameOf(annotation).equals(Jpa.ONE_TO_ONE)
        || written.columns().stream().anyMatch(JoinColumns.Spec::unique));
    return List.of(new Mapping.ToOne(source, path, attribute.naming(), annotation, target.get(),
        written, nullable, unique, idPath, mapsId));
  }

  /**
   * The columns and relations of an embeddable attribute, read from the embeddable class with
   * the overrides written here and further out.
   */
  List<Mapping> embedded(Attribute attribute, Context context, Element source, String path,
      String idPrefix) {
    Optional<TypeElement> embeddable = embeddable(attribute, attribute.type());
    if (embeddable.isEmpty()) {
      return List.of();
    }
    String name = embeddable.get().getQualifiedName().toString();
    if (context.embedding().contains(name)) {
      findings.add(Finding.on(attribute.element(), Message.EMBEDDABLE_CYCLE, path, name));
      return List.of();
    }
    Set<String> embedding = new HashSet<>(context.embedding());
    embedding.add(name);
    Context inner = new Context(source, path + ".",
        overrides(attribute.element(), attribute.name(), context.columns(),
            Jpa.ATTRIBUTE_OVERRIDE, Jpa.ATTRIBUTE_OVERRIDES),
        overrides(attribute.element(), attribute.name(), context.joins(),
            Jpa.ASSOCIATION_OVERRIDE, Jpa.ASSOCIATION_OVERRIDES),
        idPrefix, scanner.classAccess(embeddable.get(), context.access()), Set.copyOf(embedding));
    return contents(embeddable.get(), (DeclaredType) attribute.type(), inner);
  }

  /** The mappings of every attribute of an embeddable, read in {@code context}. */
  List<Mapping> contents(TypeElement embeddable, DeclaredType type, Context context) {
    List<Mapping> mappings = new ArrayList<>();
    for (Attribute inner : scanner.attributes(embeddable, type, context.access())) {
      mappings.addAll(read(inner, context));
    }
    return mappings;
  }

  /**
   * The overrides for the inside of an embedded attribute: those written on it, under those
   * written further out for {@code name.…}, which win.
   */
  Map<String, AnnotationMirror> overrides(Element element, String name,
      Map<String, AnnotationMirror> outer, String single, String container) {
    Map<String, AnnotationMirror> result = new HashMap<>();
    for (AnnotationMirror override : mirrors.repeated(element, single, container)) {
      String key = mirrors.string(override, "name");
      result.put(key.startsWith("value.") ? key.substring("value.".length()) : key, override);
    }
    String prefix = name + ".";
    outer.forEach((key, override) -> {
      if (key.startsWith(prefix)) {
        result.put(key.substring(prefix.length()), override);
      }
    });
    return result;
  }

  /** The embeddable class of a type; empty after recording a finding. */
  Optional<TypeElement> embeddable(Attribute attribute, TypeMirror type) {
    if (isEmbeddable(type)) {
      return Optional.of((TypeElement) ((DeclaredType) type).asElement());
    }
    findings.add(Finding.on(attribute.element(), Message.NOT_EMBEDDABLE, attribute.name(), type));
    return Optional.empty();
  }

  static boolean isEmbeddable(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && Mirrors.has(((DeclaredType) type).asElement(), Jpa.EMBEDDABLE);
  }
}
