package dev.schemata.processor.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The named {@code @SequenceGenerator}s and {@code @TableGenerator}s that ids may refer to. JPA
 * makes generator names global to the persistence unit, so they are gathered from every entity
 * read, its superclasses, their fields and methods, and their packages; the first one met under
 * a name, in the order of the entities' qualified names, is the one used.
 */
final class GeneratorCatalog {
  private final Mirrors mirrors;
  private final Map<String, Found> sequences = new HashMap<>();
  private final Map<String, Found> tables = new HashMap<>();

  /**
   * A generator annotation and the element it is written on.
   *
   * @param annotation the {@code @SequenceGenerator} or {@code @TableGenerator}
   * @param element where it is written
   */
  record Found(AnnotationMirror annotation, Element element) {}

  GeneratorCatalog(Mirrors mirrors, Collection<TypeElement> entities) {
    this.mirrors = mirrors;
    entities.stream().sorted(Comparator.comparing(e -> e.getQualifiedName().toString()))
        .forEach(this::gather);
  }

  /** The {@code @SequenceGenerator} of that name. */
  Optional<Found> sequence(String name) {
    return Optional.ofNullable(sequences.get(name));
  }

  /** The {@code @TableGenerator} of that name. */
  Optional<Found> table(String name) {
    return Optional.ofNullable(tables.get(name));
  }

  /** The {@code @SequenceGenerator}s written on the element, in the order written. */
  List<AnnotationMirror> sequencesOn(Element element) {
    return mirrors.repeated(element, Jpa.SEQUENCE_GENERATOR, Jpa.SEQUENCE_GENERATORS);
  }

  /** The {@code @TableGenerator}s written on the element, in the order written. */
  List<AnnotationMirror> tablesOn(Element element) {
    return mirrors.repeated(element, Jpa.TABLE_GENERATOR, Jpa.TABLE_GENERATORS);
  }

  private void gather(TypeElement entity) {
    List<Element> places = new ArrayList<>();
    Element enclosing = entity.getEnclosingElement();
    while (enclosing != null && enclosing.getKind() != ElementKind.PACKAGE) {
      enclosing = enclosing.getEnclosingElement();
    }
    TypeElement type = entity;
    while (type != null) {
      places.add(type);
      for (Element member : type.getEnclosedElements()) {
        if (member.getKind() == ElementKind.FIELD || member.getKind() == ElementKind.METHOD) {
          places.add(member);
        }
      }
      type = superclass(type);
    }
    if (enclosing != null) {
      places.add(enclosing);
    }
    for (Element place : places) {
      sequencesOn(place).forEach(a -> register(sequences, a, place));
      tablesOn(place).forEach(a -> register(tables, a, place));
    }
  }

  private void register(Map<String, Found> byName, AnnotationMirror annotation,
      Element element) {
    String name = mirrors.string(annotation, "name");
    if (!name.isEmpty()) {
      byName.putIfAbsent(name, new Found(annotation, element));
    }
  }

  private static TypeElement superclass(TypeElement type) {
    TypeMirror parent = type.getSuperclass();
    if (parent.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) parent).asElement();
    return element.getQualifiedName().contentEquals("java.lang.Object") ? null : element;
  }
}
