package dev.schemata.processor;

import dev.schemata.processor.diagnostic.Message;
import dev.schemata.processor.diagnostic.Reporter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The {@code @DataMigration} classes of a round: each checked to be a step the generated code can
 * create (a public class implementing {@code DataStep} with a public no-argument constructor),
 * with the version it names.
 */
final class DataStepClasses {
  static final String ANNOTATION = "dev.schemata.annotations.DataMigration";
  static final String DATA_STEP = "dev.schemata.runtime.ops.DataStep";

  /**
   * A step class of the round.
   *
   * @param element the class
   * @param annotation its {@code @DataMigration}
   * @param version the version it names
   */
  record Step(TypeElement element, AnnotationMirror annotation, int version) {}

  private final Elements elements;
  private final Types types;
  private final Reporter reporter;

  DataStepClasses(Elements elements, Types types, Reporter reporter) {
    this.elements = elements;
    this.types = types;
    this.reporter = reporter;
  }

  /** The valid steps by canonical class name, sorted; invalid ones are reported. */
  Map<String, Step> read(Set<? extends Element> annotated) {
    Map<String, Step> steps = new TreeMap<>();
    for (Element element : annotated) {
      Optional<AnnotationMirror> mirror = mirror(element);
      if (mirror.isEmpty()) {
        continue;
      }
      if (!(element instanceof TypeElement type)) {
        continue;
      }
      String name = type.getQualifiedName().toString();
      Optional<String> problem = problem(type);
      if (problem.isPresent()) {
        reporter.report(Message.DATA_STEP_INVALID, type, mirror.get(), name, problem.get());
        continue;
      }
      steps.put(name, new Step(type, mirror.get(), version(mirror.get())));
    }
    return steps;
  }

  private Optional<String> problem(TypeElement type) {
    TypeElement dataStep = elements.getTypeElement(DATA_STEP);
    Set<Modifier> modifiers = type.getModifiers();
    if (type.getKind() != ElementKind.CLASS || modifiers.contains(Modifier.ABSTRACT)) {
      return Optional.of("it is not a concrete class; make it a class that implements "
          + DATA_STEP);
    }
    if (dataStep == null
        || !types.isAssignable(type.asType(), types.erasure(dataStep.asType()))) {
      return Optional.of("it does not implement " + DATA_STEP + "; implement it");
    }
    boolean nested = type.getNestingKind() == NestingKind.MEMBER;
    if (!modifiers.contains(Modifier.PUBLIC)
        || (nested && !modifiers.contains(Modifier.STATIC))
        || (type.getNestingKind() != NestingKind.TOP_LEVEL && !nested)) {
      return Optional.of("the migration creates it from another package, so it must be a "
          + "public top-level class or a public static nested class");
    }
    if (elements.getPackageOf(type).isUnnamed()) {
      return Optional.of("it is in the unnamed package, which the migration cannot import; "
          + "move it into a package");
    }
    boolean publicNoArgs = ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
    if (!publicNoArgs) {
      return Optional.of("it has no public constructor without parameters; add one");
    }
    return Optional.empty();
  }

  private static Optional<AnnotationMirror> mirror(Element element) {
    return element.getAnnotationMirrors().stream()
        .filter(m -> ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName()
            .contentEquals(ANNOTATION))
        .map(AnnotationMirror.class::cast)
        .findFirst();
  }

  private int version(AnnotationMirror mirror) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals("version")
          && entry.getValue().getValue() instanceof Integer version) {
        return version;
      }
    }
    return 0;
  }
}
