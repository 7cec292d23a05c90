package dev.schemata.processor.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Which names a reading of the entities derives table and column names from: the current entity
 * and attribute names, or for chosen elements the previous names their {@code @RenamedFrom}
 * gives. Reading the same entities both ways, with the same naming rules, tells which table and
 * column names a rename changes: its own, and every default name derived from it (join tables,
 * join columns, collection tables). A current reading also collects the elements that carry
 * {@code @RenamedFrom}, as it meets them.
 */
final class Renaming {
  static final String ANNOTATION = "dev.schemata.annotations.RenamedFrom";

  private final Mirrors mirrors;
  private final Set<Element> previous;
  private final List<RenamedElement> found = new ArrayList<>();

  private Renaming(Mirrors mirrors, Set<Element> previous) {
    this.mirrors = mirrors;
    this.previous = previous;
  }

  /** Current names; collects the {@code @RenamedFrom} met. */
  static Renaming current(Mirrors mirrors) {
    return new Renaming(mirrors, Set.of());
  }

  /** The previous names of the given elements, current names elsewhere. */
  static Renaming previous(Mirrors mirrors, Set<Element> elements) {
    return new Renaming(mirrors, Set.copyOf(elements));
  }

  /** Whether this reading gives current names only. */
  boolean isCurrent() {
    return previous.isEmpty();
  }

  /** The entity name that names derive from. */
  String entityName(Element type, String current) {
    return name(type, current, "entity " + type.getSimpleName());
  }

  /** The attribute name that names derive from. */
  String attributeName(Element member, String current) {
    return name(member, current, "attribute " + member.getEnclosingElement().getSimpleName()
        + "." + current);
  }

  /** The elements carrying {@code @RenamedFrom} that this reading met, in the order met. */
  List<RenamedElement> found() {
    return List.copyOf(found);
  }

  private String name(Element element, String current, String describe) {
    if (isCurrent()) {
      Mirrors.find(element, ANNOTATION).ifPresent(annotation -> remember(element, annotation,
          current, describe));
      return current;
    }
    if (!previous.contains(element)) {
      return current;
    }
    return Mirrors.find(element, ANNOTATION).map(a -> mirrors.string(a, "value"))
        .filter(value -> !value.isBlank()).orElse(current);
  }

  private void remember(Element element, AnnotationMirror annotation, String current,
      String describe) {
    if (found.stream().noneMatch(r -> r.element().equals(element))) {
      found.add(new RenamedElement(element, annotation, mirrors.string(annotation, "value"),
          current, describe));
    }
  }
}
