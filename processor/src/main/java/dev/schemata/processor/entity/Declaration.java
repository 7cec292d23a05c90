package dev.schemata.processor.entity;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * What one entity declares, read from its element alone: relations still point at their target
 * elements. Kept with the findings met while reading it, so that an entity reached only through
 * a relation can lend its table and key without its own problems being reported.
 *
 * @param type the entity class
 * @param entityName the entity name: {@code @Entity(name)}, else the simple class name
 * @param table the name of its own table, physical
 * @param hierarchy its place in an entity hierarchy
 * @param mappings what the attributes it declares (itself and the mapped superclasses up to the
 *     next entity) map to, superclass attributes first, in declaration order
 * @param primaryKeyJoins the {@code @PrimaryKeyJoinColumn}s of a {@code JOINED} subclass
 * @param indexes the {@code @Index} annotations of {@code @Table}
 * @param uniques the {@code @UniqueConstraint} annotations of {@code @Table}
 * @param findings the problems met while reading; the entity is unusable when there are any
 */
record Declaration(TypeElement type, String entityName, String table, Hierarchy hierarchy,
    List<Mapping> mappings, JoinColumns primaryKeyJoins, List<AnnotationMirror> indexes,
    List<AnnotationMirror> uniques, List<Finding> findings) {

  Declaration {
    mappings = List.copyOf(mappings);
    indexes = List.copyOf(indexes);
    uniques = List.copyOf(uniques);
    findings = List.copyOf(findings);
  }

  /** The mappings that are part of the primary key, ordered as Hibernate ORM orders them. */
  List<Mapping> ids() {
    return mappings.stream().filter(m -> idPath(m) != null)
        .sorted(java.util.Comparator.comparing(Declaration::idPath)).toList();
  }

  /** The mapping's path within the primary key, or null. */
  static String idPath(Mapping mapping) {
    if (mapping instanceof Mapping.Basic basic) {
      return basic.idPath();
    }
    return mapping instanceof Mapping.ToOne toOne ? toOne.idPath() : null;
  }
}
