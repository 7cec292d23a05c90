package dev.schemata.processor.entity;

import dev.schemata.processor.diagnostic.Message;
import dev.schemata.processor.diagnostic.Reporter;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * A problem met while reading, kept until the reader knows whether to report it: problems of an
 * entity outside the ones being read only matter through the relations that reach it.
 *
 * @param message what is wrong
 * @param element where
 * @param annotation the annotation at fault, or null
 * @param value the annotation value at fault, or null
 * @param args the message's template values
 */
record Finding(Message message, Element element, AnnotationMirror annotation,
    AnnotationValue value, List<Object> args) {

  Finding {
    args = List.copyOf(args);
  }

  static Finding on(Element element, Message message, Object... args) {
    return new Finding(message, element, null, null, List.of(args));
  }

  static Finding on(Element element, AnnotationMirror annotation, Message message,
      Object... args) {
    return new Finding(message, element, annotation, null, List.of(args));
  }

  static Finding on(Element element, AnnotationMirror annotation, AnnotationValue value,
      Message message, Object... args) {
    return new Finding(message, element, annotation, value, List.of(args));
  }

  void reportTo(Reporter reporter) {
    Object[] values = args.toArray();
    if (value != null) {
      reporter.report(message, element, annotation, value, values);
    } else if (annotation != null) {
      reporter.report(message, element, annotation, values);
    } else {
      reporter.report(message, element, values);
    }
  }
}
