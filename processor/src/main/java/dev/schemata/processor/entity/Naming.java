package dev.schemata.processor.entity;

import dev.schemata.processor.diagnostic.Message;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Default names, as JPA and Hibernate give them (a column is named after its field, a table after
 * its entity, case kept), and the names of keys and indexes, which Schemata chooses: a prefix, the
 * table and the columns, lower-cased so they read the same on every engine, and shortened where
 * they would be longer than an engine keeps.
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

  /**
   * The most bytes of UTF-8 a name may have: PostgreSQL keeps 63 and cuts longer names silently,
   * MySQL and MariaDB refuse more than 64 characters.
   */
  static final int MAX_NAME_BYTES = 63;

  private static final int KEPT_PREFIX = 54;
  private static final int HASH_DIGITS = 8;

  private static String derived(String prefix, String table, List<String> columns) {
    return fit((prefix + "_" + table + "_" + String.join("_", columns))
        .toLowerCase(Locale.ROOT));
  }

  /**
   * A derived name that fits every engine: as it is when it has at most {@value #MAX_NAME_BYTES}
   * bytes, else its first 54 characters, an underscore and the first 8 hexadecimal digits of the
   * SHA-256 of the whole name, so that names that share a long prefix still differ, and the
   * same name is derived on every build. Characters are dropped from the prefix as long as it
   * has more than 54 bytes.
   */
  static String fit(String name) {
    if (bytes(name) <= MAX_NAME_BYTES) {
      return name;
    }
    String prefix = name.substring(0, Math.min(KEPT_PREFIX, name.length()));
    while (bytes(prefix) > KEPT_PREFIX) {
      prefix = prefix.substring(0, prefix.length() - 1);
    }
    return prefix + "_" + sha256(name).substring(0, HASH_DIGITS);
  }

  static int bytes(String name) {
    return name.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * The name of an index, unique constraint or foreign key written in an annotation attribute,
   * or {@code derived} when it is left empty; empty after recording a finding when the written
   * name is unusable or longer than {@value #MAX_NAME_BYTES} bytes.
   */
  static Optional<String> writtenConstraint(Mirrors mirrors, Element element,
      AnnotationMirror annotation, String attribute, String what, String derived,
      List<Finding> findings) {
    Optional<String> name = written(mirrors, element, annotation, attribute, what, derived,
        findings);
    if (name.isPresent() && bytes(name.get()) > MAX_NAME_BYTES) {
      AnnotationValue value = Mirrors.explicit(annotation, attribute).orElse(null);
      findings.add(Finding.on(element, annotation, value, Message.NAME_TOO_LONG, what,
          name.get(), bytes(name.get()), MAX_NAME_BYTES));
      return Optional.empty();
    }
    return name;
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
