package dev.schemata.processor.entity;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * An entity class or persistent attribute carrying {@code @RenamedFrom}.
 *
 * @param element the entity class, field or getter
 * @param annotation the {@code @RenamedFrom}, for diagnostics on it
 * @param previousName the name it gives: the previous entity or attribute name
 * @param currentName the current entity or attribute name
 * @param description {@code entity Conversation} or {@code attribute Conversation.subject}
 */
public record RenamedElement(Element element, AnnotationMirror annotation, String previousName,
    String currentName, String description) {}
