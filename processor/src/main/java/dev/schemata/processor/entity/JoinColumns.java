package dev.schemata.processor.entity;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;

/**
 * Join columns as written: each may name itself and the column it references, or leave them to
 * the defaults; plus what the foreign key over them is called, if it exists at all.
 *
 * @param columns the written join columns, in order; empty when all is left to the defaults
 * @param foreignKey the name written in {@code @ForeignKey}, if any
 * @param constrained false when {@code @ForeignKey(NO_CONSTRAINT)} asks for no foreign key
 * @param annotation where to report a problem with the join columns, or null
 */
record JoinColumns(List<Spec> columns, Optional<String> foreignKey, boolean constrained,
    AnnotationMirror annotation) {

  JoinColumns {
    columns = List.copyOf(columns);
  }

  /** Nothing written: every name by default, and a foreign key. */
  static JoinColumns defaults() {
    return new JoinColumns(List.of(), Optional.empty(), true, null);
  }

  /**
   * One {@code @JoinColumn} (or {@code @PrimaryKeyJoinColumn}).
   *
   * @param name the column name, physical, if written
   * @param referenced the referenced column, physical, if written
   * @param nullable whether it accepts NULL as written (true by default)
   * @param unique whether it asks for a unique constraint
   * @param annotation the annotation
   */
  record Spec(Optional<String> name, Optional<String> referenced, boolean nullable,
      boolean unique, AnnotationMirror annotation) {}
}
