package dev.schemata.processor.diagnostic;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** Reports diagnostics on elements and counts the errors, so nothing is written after one. */
public final class Reporter {
  private final Messager messager;
  private int errors;

  /** A reporter that prints through {@code messager}. */
  public Reporter(Messager messager) {
    this.messager = messager;
  }

  /** Reports on an element, or on the compilation when {@code element} is null. */
  public void report(Message message, Element element, Object... args) {
    count(message);
    messager.printMessage(message.kind(), message.format(args), element);
  }

  /** Reports on an annotation of an element. */
  public void report(Message message, Element element, AnnotationMirror annotation,
      Object... args) {
    count(message);
    messager.printMessage(message.kind(), message.format(args), element, annotation);
  }

  /** Reports on one value of an annotation of an element. */
  public void report(Message message, Element element, AnnotationMirror annotation,
      AnnotationValue value, Object... args) {
    count(message);
    messager.printMessage(message.kind(), message.format(args), element, annotation, value);
  }

  /** Reports a problem found by a later stage on the element it concerns. */
  public void report(Problem problem, Element element) {
    report(problem.message(), element, problem.args().toArray());
  }

  /** Whether any error was reported. */
  public boolean hasErrors() {
    return errors > 0;
  }

  private void count(Message message) {
    if (message.kind() == Diagnostic.Kind.ERROR) {
      errors++;
    }
  }
}
