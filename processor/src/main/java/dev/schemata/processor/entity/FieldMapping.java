package dev.schemata.processor.entity;

import dev.schemata.runtime.model.Column;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/** What one persistent field maps to, before relations are resolved against their targets. */
sealed interface FieldMapping {

  /** The field the mapping was read from. */
  VariableElement field();

  /**
   * A field stored in one column of its own table.
   *
   * @param field the field
   * @param column the column
   * @param id whether the field is the {@code @Id}
   * @param unique whether {@code @Column(unique = true)} asks for a unique constraint
   */
  record Basic(VariableElement field, Column column, boolean id, boolean unique)
      implements FieldMapping {}

  /**
   * The owning side of a {@code @ManyToOne} or {@code @OneToOne}: a join column typed like the
   * referenced column of the target, and a foreign key to it.
   *
   * @param field the field
   * @param annotation the {@code @ManyToOne} or {@code @OneToOne}
   * @param target the entity referred to
   * @param columnName the join column name written in {@code @JoinColumn}, if any
   * @param referencedColumn the referenced column written in {@code @JoinColumn}, if any
   * @param joinColumn the {@code @JoinColumn}, if any
   * @param nullable whether the join column accepts NULL
   * @param unique whether the join column takes a unique constraint
   */
  record Relation(VariableElement field, AnnotationMirror annotation, TypeElement target,
      Optional<String> columnName, Optional<String> referencedColumn,
      Optional<AnnotationMirror> joinColumn, boolean nullable, boolean unique)
      implements FieldMapping {}
}
