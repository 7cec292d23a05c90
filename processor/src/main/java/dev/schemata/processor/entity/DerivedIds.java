package dev.schemata.processor.entity;

import dev.schemata.processor.diagnostic.Message;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Applies {@code @MapsId}: the relation's join columns take the place of the id attribute it
 * names (when it names none, the whole {@code @Id}, or every part of an {@code @EmbeddedId}, which
 * JPA then requires to be of the parent's key type), so that the primary key is also the foreign
 * key.
 */
final class DerivedIds {
  private final List<Finding> findings;

  DerivedIds(List<Finding> findings) {
    this.findings = findings;
  }

  List<Mapping> apply(TypeElement type, List<Mapping> mappings) {
    List<Mapping> result = new ArrayList<>(mappings);
    for (Mapping mapping : mappings) {
      if (!(mapping instanceof Mapping.ToOne toOne) || toOne.mapsId() == null) {
        continue;
      }
      String wanted = toOne.mapsId();
      List<Mapping.Basic> replaced = result.stream()
          .filter(Mapping.Basic.class::isInstance).map(Mapping.Basic.class::cast)
          .filter(b -> b.idPath() != null && (wanted.isEmpty() || b.idPath().equals(wanted)
              || b.idPath().startsWith(wanted + ".")))
          .toList();
      if (replaced.isEmpty() || wanted.isEmpty() && replaced.size() > 1 && !embedded(replaced)) {
        findings.add(Finding.on(toOne.source(), Message.MAPS_ID_NOT_FOUND, wanted,
            toOne.path(), type.getQualifiedName()));
        continue;
      }
      result.removeAll(replaced);
      String idPath = wanted.isEmpty() && replaced.size() == 1 ? replaced.get(0).idPath() : wanted;
      result.set(result.indexOf(toOne), new Mapping.ToOne(toOne.source(), toOne.path(),
          toOne.name(), toOne.annotation(), toOne.target(), toOne.joins(), false, false,
          idPath, toOne.mapsId()));
    }
    return result;
  }

  /** Whether the id attributes are the parts of one {@code @EmbeddedId}, taken as a whole. */
  private static boolean embedded(List<Mapping.Basic> ids) {
    Element source = ids.get(0).source();
    return Mirrors.has(source, Jpa.EMBEDDED_ID) && ids.stream().allMatch(b -> b.source() == source);
  }
}
