package dev.schemata.processor.entity;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.TypeMirror;

/**
 * A persistent attribute: a field, or a getter under property access.
 *
 * @param name the attribute name: the field name, or the property name of the getter
 * @param element the field or getter, which carries the mapping annotations
 * @param type the attribute's type as seen from the entity or embeddable being read, with the
 *     type variables of a generic mapped superclass resolved
 * @param naming the name that default column and table names derive from: {@code name}, or in
 *     a reading of previous names the name its {@code @RenamedFrom} gives
 */
record Attribute(String name, Element element, TypeMirror type, String naming) {

  /** {@code field name} or {@code property name}, for messages. */
  String describe() {
    return (element.getKind() == ElementKind.FIELD ? "field " : "property ") + name;
  }
}
