package dev.schemata.processor.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads annotations by the name of their type, never through their classes, so that the reader
 * works without JPA on the processor path and on elements loaded from class files alike.
 */
final class Mirrors {
  private final Elements elements;

  Mirrors(Elements elements) {
    this.elements = elements;
  }

  /** The annotation of that type on the element, if present. */
  static Optional<AnnotationMirror> find(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (nameOf(mirror).equals(annotation)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** Whether the element carries an annotation of that type. */
  static boolean has(Element element, String annotation) {
    return find(element, annotation).isPresent();
  }

  /** The qualified name of the annotation's type. */
  static String nameOf(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /**
   * Whether the type is the declared type {@code qualifiedName}. Compares the element's name,
   * never {@code toString()}, which also prints type annotations such as Bean Validation's
   * {@code @NotNull} and {@code @Size} ({@code java.lang.@NotNull String}).
   */
  static boolean isType(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED && ((TypeElement) ((DeclaredType) type)
        .asElement()).getQualifiedName().contentEquals(qualifiedName);
  }

  /** The simple name with an at sign, as a user writes it: {@code @Column}. */
  static String display(String annotation) {
    return "@" + annotation.substring(annotation.lastIndexOf('.') + 1);
  }

  /** The value the user wrote for the attribute, absent when it is left to its default. */
  static Optional<AnnotationValue> explicit(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  /** The value of the attribute, written or default. */
  AnnotationValue value(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return entry.getValue();
      }
    }
    throw new IllegalArgumentException(nameOf(mirror) + " has no attribute " + attribute);
  }

  String string(AnnotationMirror mirror, String attribute) {
    return (String) value(mirror, attribute).getValue();
  }

  int integer(AnnotationMirror mirror, String attribute) {
    return (Integer) value(mirror, attribute).getValue();
  }

  boolean bool(AnnotationMirror mirror, String attribute) {
    return (Boolean) value(mirror, attribute).getValue();
  }

  /** The simple name of an enum constant value, such as {@code IDENTITY}. */
  String constant(AnnotationMirror mirror, String attribute) {
    return ((VariableElement) value(mirror, attribute).getValue()).getSimpleName().toString();
  }

  TypeMirror type(AnnotationMirror mirror, String attribute) {
    return (TypeMirror) value(mirror, attribute).getValue();
  }

  /** The elements of an array attribute, each an {@link AnnotationValue}. */
  @SuppressWarnings("unchecked")
  List<? extends AnnotationValue> list(AnnotationMirror mirror, String attribute) {
    return (List<? extends AnnotationValue>) value(mirror, attribute).getValue();
  }

  /** The annotations nested in an array attribute, such as {@code @Table(indexes)}. */
  List<AnnotationMirror> annotations(AnnotationMirror mirror, String attribute) {
    return list(mirror, attribute).stream().map(v -> (AnnotationMirror) v.getValue()).toList();
  }

  /** The annotation nested in an attribute, such as {@code @JoinColumn(foreignKey)}. */
  AnnotationMirror annotation(AnnotationMirror mirror, String attribute) {
    return (AnnotationMirror) value(mirror, attribute).getValue();
  }

  /**
   * A repeatable annotation on the element, written once or several times: the single one, and
   * those inside its container, in the order written.
   */
  List<AnnotationMirror> repeated(Element element, String single, String container) {
    List<AnnotationMirror> found = new ArrayList<>();
    find(element, single).ifPresent(found::add);
    find(element, container).ifPresent(c -> found.addAll(annotations(c, "value")));
    return found;
  }

  /** The strings of an array attribute. */
  List<String> strings(AnnotationMirror mirror, String attribute) {
    return list(mirror, attribute).stream().map(v -> (String) v.getValue()).toList();
  }
}
