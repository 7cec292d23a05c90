package dev.schemata.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The element carrying {@code @SchemaVersion} and what it declares.
 *
 * @param element the annotated package or class
 * @param annotation the annotation on it
 * @param number the declared version
 * @param description the declared description, possibly empty
 * @param acknowledgedDataLoss the tables and columns named in {@code acknowledgeDataLoss}
 */
record VersionMarker(Element element, AnnotationMirror annotation, int number,
    String description, List<String> acknowledgedDataLoss) {
  static final String ANNOTATION = "dev.schemata.annotations.SchemaVersion";

  /** Reads the marker from an element, if it carries {@code @SchemaVersion}. */
  static Optional<VersionMarker> of(Element element, Elements elements) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(ANNOTATION)) {
        Map<? extends ExecutableElement, ? extends AnnotationValue> values =
            elements.getElementValuesWithDefaults(mirror);
        int number = 0;
        String description = "";
        List<String> acknowledged = new ArrayList<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
            values.entrySet()) {
          String name = entry.getKey().getSimpleName().toString();
          Object value = entry.getValue().getValue();
          if (name.equals("value") && value instanceof Integer i) {
            number = i;
          } else if (name.equals("description") && value instanceof String s) {
            description = s;
          } else if (name.equals("acknowledgeDataLoss") && value instanceof List<?> list) {
            list.forEach(item -> acknowledged.add(String.valueOf(
                ((AnnotationValue) item).getValue()).strip()));
          }
        }
        return Optional.of(new VersionMarker(element, mirror, number, description,
            List.copyOf(acknowledged)));
      }
    }
    return Optional.empty();
  }

  /** Finds the marker named in schema.json on the class path, for a partial build. */
  static Optional<VersionMarker> find(String qualifiedName, Elements elements) {
    PackageElement pkg = elements.getPackageElement(qualifiedName);
    if (pkg != null) {
      Optional<VersionMarker> marker = of(pkg, elements);
      if (marker.isPresent()) {
        return marker;
      }
    }
    TypeElement type = elements.getTypeElement(qualifiedName);
    return type == null ? Optional.empty() : of(type, elements);
  }

  /** The qualified name recorded in schema.json. */
  String qualifiedName() {
    return element.getKind() == ElementKind.PACKAGE
        ? ((PackageElement) element).getQualifiedName().toString()
        : ((TypeElement) element).getQualifiedName().toString();
  }

  /** The package that receives the generated migrations. */
  String targetPackage(Elements elements) {
    return elements.getPackageOf(element).getQualifiedName().toString();
  }

  /** The value of the {@code value} attribute, for reporting on it. */
  Optional<AnnotationValue> valueAttribute() {
    return annotation.getElementValues().entrySet().stream()
        .filter(e -> e.getKey().getSimpleName().contentEquals("value"))
        .map(e -> (AnnotationValue) e.getValue())
        .findFirst();
  }
}
