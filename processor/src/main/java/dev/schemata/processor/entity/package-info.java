/**
 * The first stage after diagnostics: reads JPA {@code @Entity} elements, compiled in this round or
 * loaded from class files, into the runtime's schema model, with default names and types as
 * Hibernate ORM gives them. Annotations are read by name through {@code AnnotationMirror}s, so the
 * processor needs no JPA jar of its own.
 *
 * <p>The stage runs in three steps: {@code DeclarationReader} reads each entity on its own into
 * {@code Mapping}s (embeddables flattened, relations still pointing at their targets);
 * {@code Keys} resolves primary keys and join columns across entities; {@code TableAssembler}
 * and {@code MappingWriter} build the tables, which {@link
 * dev.schemata.processor.entity.EntityReader} gathers, checks for clashes and returns.
 *
 * <p>Internal to the processor: {@link dev.schemata.processor.entity.EntityReader} and the
 * {@link dev.schemata.processor.entity.EntityModel} it returns are public for the processor class,
 * and so are {@link dev.schemata.processor.entity.NameStyle}, the {@code schemata.naming} option,
 * and {@link dev.schemata.processor.entity.PostgresEnums}, the {@code schemata.postgresEnums}
 * option.
 */
package dev.schemata.processor.entity;
