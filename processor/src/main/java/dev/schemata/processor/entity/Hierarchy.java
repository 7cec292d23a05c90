package dev.schemata.processor.entity;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Where an entity stands in an entity hierarchy.
 *
 * @param root the topmost entity class (the entity itself when it extends no entity)
 * @param parent the nearest entity superclass, if any
 * @param strategy the inheritance strategy of the root ({@code SINGLE_TABLE} by default)
 * @param discriminator the root's {@code @DiscriminatorColumn}, if written
 */
record Hierarchy(TypeElement root, Optional<TypeElement> parent, Strategy strategy,
    Optional<AnnotationMirror> discriminator) {

  /** The JPA inheritance strategies. */
  enum Strategy { SINGLE_TABLE, JOINED, TABLE_PER_CLASS }

  /** Whether the entity extends no entity. */
  boolean isRoot() {
    return parent.isEmpty();
  }
}
