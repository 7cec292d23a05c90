package dev.schemata.processor.entity;

import dev.schemata.processor.diagnostic.Message;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Default names, as JPA and Hibernate give them (a column is named after its field, a table after
 * its entity, case kept), and the names of keys and indexes, which Schemata chooses: a prefix, the
 * table and the columns, lower-cased so they read the same on every engine.
 */
final class Naming {
  private Naming() {}

  /** {@code ix_<table>_<col1>_<col2>}. */
  static String index(String table, List<String> columns) {
    return derived("ix", table, columns);
  }

  /** {@code uk_<table>_<col1>_<col2>}. */
  static String unique(String table, List<String> columns) {
    return derived("uk", table, columns);
  }

  /** {@code fk_<table>_<col1>_<col2>}. */
  static String foreignKey(String table, List<String> columns) {
    return derived("fk", table, columns);
  }

  private static String derived(String prefix, String table, List<String> columns) {
    return (prefix + "_" + table + "_" + String.join("_", columns)).toLowerCase(Locale.ROOT);
  }

  /**
   * The name written in an annotation attribute, or {@code fallback} when it is left empty;
   * empty after recording a finding when the written name is unusable.
   */
  static Optional<String> written(Mirrors mirrors, Element element, AnnotationMirror annotation,
      String attribute, String what, String fallback, List<Finding> findings) {
    String name = mirrors.string(annotation, attribute);
    if (name.isEmpty()) {
      return Optional.of(fallback);
    }
    if (name.isBlank() || !name.equals(name.strip()) || name.indexOf('\0') >= 0) {
      AnnotationValue value = Mirrors.explicit(annotation, attribute).orElse(null);
      findings.add(Finding.on(element, annotation, value, Message.INVALID_NAME, what, name));
      return Optional.empty();
    }
    return Optional.of(name);
  }
}
