package dev.schemata.processor.entity;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * An index, unique constraint or foreign key with the place it comes from, so that a clash of
 * names can be reported there.
 *
 * @param kind "index", "unique constraint" or "foreign key"
 * @param name its name
 * @param table the table it belongs to
 * @param element the field or entity it is declared on
 * @param annotation the annotation declaring it, or null when it is implied
 */
record NamedObject(String kind, String name, String table, Element element,
    AnnotationMirror annotation) {}
