package dev.schemata.processor.entity;

import dev.schemata.processor.diagnostic.Message;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/** Finds annotation attributes that change the schema in ways Schemata cannot express yet. */
final class Unsupported {
  private Unsupported() {}

  /**
   * Records a finding for each named string attribute given a non-empty value: ignoring it would
   * silently build another schema than the one the user asked for.
   */
  static void attributes(Element element, String where, AnnotationMirror annotation,
      List<Finding> findings, String... attributes) {
    for (String attribute : attributes) {
      Mirrors.explicit(annotation, attribute)
          .filter(v -> !((String) v.getValue()).isEmpty())
          .ifPresent(v -> findings.add(Finding.on(element, annotation, v,
              Message.ATTRIBUTE_NOT_SUPPORTED_YET, Mirrors.display(Mirrors.nameOf(annotation)),
              attribute, where)));
    }
  }
}
