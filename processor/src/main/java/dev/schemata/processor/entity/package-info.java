/**
 * The first stage after diagnostics: reads JPA {@code @Entity} elements, compiled in this round or
 * loaded from class files, into the runtime's schema model, with default names and types as
 * Hibernate ORM gives them. Annotations are read by name through {@code AnnotationMirror}s, so the
 * processor needs no JPA jar of its own.
 *
 * <p>Internal to the processor: {@link dev.schemata.processor.entity.EntityReader} and the
 * {@link dev.schemata.processor.entity.EntityModel} it returns are public for the processor class.
 */
package dev.schemata.processor.entity;
