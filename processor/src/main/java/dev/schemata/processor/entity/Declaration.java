package dev.schemata.processor.entity;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * What one entity declares, read from its element alone: relations still point at their target
 * elements. Kept with the findings met while reading it, so that an entity reached only through
 * a relation can lend its table and key without its own problems being reported.
 *
 * @param type the entity class
 * @param table the table name
 * @param fields the persistent fields, superclass fields first, in declaration order
 * @param indexes the {@code @Index} annotations of {@code @Table}
 * @param uniques the {@code @UniqueConstraint} annotations of {@code @Table}
 * @param findings the problems met while reading; the entity is unusable when there are any
 */
record Declaration(TypeElement type, String table, List<FieldMapping> fields,
    List<AnnotationMirror> indexes, List<AnnotationMirror> uniques, List<Finding> findings) {

  Declaration {
    fields = List.copyOf(fields);
    indexes = List.copyOf(indexes);
    uniques = List.copyOf(uniques);
    findings = List.copyOf(findings);
  }

  /** The {@code @Id} field, when there is exactly one. */
  Optional<FieldMapping.Basic> id() {
    List<FieldMapping.Basic> ids = basics().stream().filter(FieldMapping.Basic::id).toList();
    return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
  }

  /** The fields stored in columns of their own. */
  List<FieldMapping.Basic> basics() {
    return fields.stream().filter(FieldMapping.Basic.class::isInstance)
        .map(FieldMapping.Basic.class::cast).toList();
  }
}
