package dev.schemata.processor.diagnostic;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor reports: a stable id, a kind and a text that says what is wrong
 * and what to do. Ids by stage: {@code SCH0xx} the processor and its options, {@code SCH1xx}
 * entity mapping, {@code SCH2xx} the committed schema files, {@code SCH3xx} versioning rules.
 */
public enum Message {
  MULTIPLE_SCHEMA_VERSIONS("SCH001", Diagnostic.Kind.ERROR,
      "@SchemaVersion is declared more than once (here and on %s); keep exactly one per module"),
  INVALID_SCHEMA_VERSION("SCH002", Diagnostic.Kind.ERROR,
      "@SchemaVersion(%d) is not a version; versions start at 1"),
  MISSING_SCHEMA_VERSION("SCH003", Diagnostic.Kind.ERROR,
      "@Entity classes were found but no @SchemaVersion; put @SchemaVersion(1) on one "
          + "package-info.java of this module"),
  SCHEMA_DIR_UNKNOWN("SCH004", Diagnostic.Kind.ERROR,
      "cannot tell where the schema files live (%s); pass -Aschemata.dir=<folder> to javac"),
  FILE_NOT_WRITTEN("SCH005", Diagnostic.Kind.ERROR,
      "cannot write %s: %s; check that the folder exists and is writable"),
  INTERNAL_ERROR("SCH006", Diagnostic.Kind.ERROR,
      "internal error in the Schemata processor: %s; please report it with this message"),
  MARKER_NOT_FOUND("SCH007", Diagnostic.Kind.ERROR,
      "schema.json names %s as the element carrying @SchemaVersion, but it is not on the class "
          + "path or has no @SchemaVersion; compile it with this build, or fix the \"marker\" "
          + "entry by rebuilding all sources"),
  SCHEMA_FILE_INVALID("SCH201", Diagnostic.Kind.ERROR, "%s:%d: %s");

  private final String id;
  private final Diagnostic.Kind kind;
  private final String template;

  Message(String id, Diagnostic.Kind kind, String template) {
    this.id = id;
    this.kind = kind;
    this.template = template;
  }

  /** The stable id, such as {@code SCH001}. */
  public String id() {
    return id;
  }

  /** Error, warning or note. */
  public Diagnostic.Kind kind() {
    return kind;
  }

  /** The full text: the id in brackets, then the template filled with {@code args}. */
  public String format(Object... args) {
    return "[" + id + "] " + String.format(Locale.ROOT, template, args);
  }
}
