package dev.schemata.processor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Collects the entities of a build: those compiled in this round, plus those that schema.json
 * lists and that still exist on the class path as entities. A partial build, which compiles only
 * some sources, therefore never mistakes an entity it did not compile for a removed one.
 */
final class EntityTypes {
  static final String ENTITY = "jakarta.persistence.Entity";

  private EntityTypes() {}

  static boolean isEntity(Element element) {
    return element.getAnnotationMirrors().stream().anyMatch(m ->
        ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName()
            .contentEquals(ENTITY));
  }

  /** The entities in the round, in a stable order. */
  static List<TypeElement> inRound(Collection<? extends Element> annotated) {
    List<TypeElement> entities = new ArrayList<>();
    for (Element element : annotated) {
      if (element instanceof TypeElement type) {
        entities.add(type);
      }
    }
    entities.sort((a, b) -> a.getQualifiedName().toString()
        .compareTo(b.getQualifiedName().toString()));
    return entities;
  }

  /** The round's entities plus the known ones found on the class path. */
  static List<TypeElement> withKnown(List<TypeElement> inRound, Collection<String> known,
      Elements elements) {
    Map<String, TypeElement> all = new LinkedHashMap<>();
    for (TypeElement type : inRound) {
      all.put(type.getQualifiedName().toString(), type);
    }
    for (String name : known) {
      if (!all.containsKey(name)) {
        TypeElement type = elements.getTypeElement(name);
        if (type != null && isEntity(type)) {
          all.put(name, type);
        }
      }
    }
    List<TypeElement> entities = new ArrayList<>(all.values());
    entities.sort((a, b) -> a.getQualifiedName().toString()
        .compareTo(b.getQualifiedName().toString()));
    return entities;
  }
}
