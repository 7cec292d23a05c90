package dev.schemata.processor.entity;

import dev.schemata.processor.diagnostic.Message;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.Sequence;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;

/**
 * The sequence or table that generates an entity's id, as Hibernate ORM 7 creates it:
 * {@code SEQUENCE}, and {@code AUTO} for a numeric id, draw from a sequence ({@code
 * <table>_SEQ}, starting at 1 and advancing by 50, unless a {@code @SequenceGenerator} says
 * otherwise); {@code TABLE} keeps its counters in a table ({@code hibernate_sequences} with a
 * {@code sequence_name} key and a {@code next_val} value unless a {@code @TableGenerator} says
 * otherwise), whose rows Hibernate ORM inserts itself; {@code IDENTITY}, {@code UUID} and
 * {@code AUTO} for a UUID need nothing. A {@code generator} name that no annotation defines names
 * the sequence or table, as Hibernate ORM's standard implicit naming does.
 */
final class IdGenerators {
  static final String DEFAULT_TABLE = "hibernate_sequences";
  static final String DEFAULT_SEGMENT_COLUMN = "sequence_name";
  static final String DEFAULT_VALUE_COLUMN = "next_val";
  static final String SEQUENCE_SUFFIX = "_SEQ";
  private static final int DEFAULT_ALLOCATION = 50;
  private static final int SEGMENT_LENGTH = 255;

  private final Mirrors mirrors;
  private final NameStyle names;
  private final GeneratorCatalog catalog;

  /** What generates an entity's ids: a sequence or a table, with the id element. */
  sealed interface Generator {
    /** The id attribute, where problems with the generator are reported. */
    Element source();
  }

  /** A sequence that hands out the ids. */
  record FromSequence(Sequence sequence, Element source) implements Generator {}

  /** A table that keeps the next id per generator. */
  record FromTable(Table table, Element source) implements Generator {}

  IdGenerators(Mirrors mirrors, NameStyle names, GeneratorCatalog catalog) {
    this.mirrors = mirrors;
    this.names = names;
    this.catalog = catalog;
  }

  /** The generator of a root entity's single generated id; empty when it needs none. */
  Optional<Generator> read(Declaration declaration, List<Finding> findings) {
    if (!declaration.hierarchy().isRoot() || declaration.ids().size() != 1
        || !(declaration.ids().get(0) instanceof Mapping.Basic id)) {
      return Optional.empty();
    }
    Element element = id.source();
    Optional<AnnotationMirror> generated = Mirrors.find(element, Jpa.GENERATED_VALUE);
    if (generated.isEmpty() || id.column().type().kind() == SqlType.Kind.UUID) {
      return Optional.empty();
    }
    String strategy = mirrors.constant(generated.get(), "strategy");
    String name = mirrors.string(generated.get(), "generator");
    Optional<GeneratorCatalog.Found> sequence = name.isEmpty()
        ? local(catalog.sequencesOn(element), catalog.sequencesOn(declaration.type()), element,
            declaration)
        : catalog.sequence(name);
    Optional<GeneratorCatalog.Found> table = name.isEmpty()
        ? local(catalog.tablesOn(element), catalog.tablesOn(declaration.type()), element,
            declaration)
        : catalog.table(name);
    return switch (strategy) {
      case "IDENTITY", "UUID" -> Optional.empty();
      case "TABLE" -> table(table, name, element, findings);
      default -> sequence.isEmpty() && table.isPresent() ? table(table, name, element, findings)
          : sequence(sequence, name, declaration, element, findings);
    };
  }

  /**
   * The generator an id without a {@code generator} name uses: one written on the id itself, or
   * one without a name on its entity class.
   */
  private Optional<GeneratorCatalog.Found> local(List<AnnotationMirror> onId,
      List<AnnotationMirror> onClass, Element id, Declaration declaration) {
    if (!onId.isEmpty()) {
      return Optional.of(new GeneratorCatalog.Found(onId.get(0), id));
    }
    return onClass.stream().filter(a -> mirrors.string(a, "name").isEmpty()).findFirst()
        .map(a -> new GeneratorCatalog.Found(a, declaration.type()));
  }

  private Optional<Generator> sequence(Optional<GeneratorCatalog.Found> found, String generator,
      Declaration declaration, Element id, List<Finding> findings) {
    String implicit = generator.isEmpty() ? declaration.table() + SEQUENCE_SUFFIX : generator;
    if (found.isEmpty()) {
      return Optional.of(new FromSequence(new Sequence(names.apply(implicit), 1,
          DEFAULT_ALLOCATION), id));
    }
    AnnotationMirror annotation = found.get().annotation();
    Element where = found.get().element();
    Unsupported.attributes(where, describe(where), annotation, findings, "catalog", "schema");
    String name = first(mirrors.string(annotation, "sequenceName"),
        mirrors.string(annotation, "name"), implicit);
    int allocation = mirrors.integer(annotation, "allocationSize");
    if (allocation <= 0) {
      findings.add(Finding.on(where, annotation, Mirrors.explicit(annotation, "allocationSize")
          .orElse(null), Message.INVALID_COLUMN_SIZE, "@SequenceGenerator", "allocationSize",
          allocation, where.getSimpleName(), "the allocation size must be positive"));
      return Optional.empty();
    }
    return Optional.of(new FromSequence(new Sequence(names.apply(name),
        mirrors.integer(annotation, "initialValue"), allocation), id));
  }

  private Optional<Generator> table(Optional<GeneratorCatalog.Found> found, String generator,
      Element id, List<Finding> findings) {
    String implicit = generator.isEmpty() ? DEFAULT_TABLE : generator;
    String segment = DEFAULT_SEGMENT_COLUMN;
    String value = DEFAULT_VALUE_COLUMN;
    String name = implicit;
    if (found.isPresent()) {
      AnnotationMirror annotation = found.get().annotation();
      Element where = found.get().element();
      Unsupported.attributes(where, describe(where), annotation, findings, "catalog", "schema");
      for (String nested : List.of("uniqueConstraints", "indexes")) {
        if (!mirrors.list(annotation, nested).isEmpty()) {
          findings.add(Finding.on(where, annotation, mirrors.value(annotation, nested),
              Message.ATTRIBUTE_NOT_SUPPORTED_YET, "@TableGenerator", nested, describe(where)));
        }
      }
      name = first(mirrors.string(annotation, "table"), implicit, implicit);
      segment = first(mirrors.string(annotation, "pkColumnName"), segment, segment);
      value = first(mirrors.string(annotation, "valueColumnName"), value, value);
    }
    // The column names are Hibernate ORM's own, used as written: no naming style applies.
    return Optional.of(new FromTable(Table.named(names.apply(name))
        .column(Column.named(segment).type(SqlType.varchar(SEGMENT_LENGTH)))
        .column(Column.named(value).type(SqlType.BIGINT).nullable())
        .primaryKey(segment)
        .build(), id));
  }

  private static String first(String written, String fallback, String last) {
    return !written.isEmpty() ? written : !fallback.isEmpty() ? fallback : last;
  }

  private static String describe(Element element) {
    if (element.getKind() == ElementKind.PACKAGE) {
      return "package " + ((PackageElement) element).getQualifiedName();
    }
    return element.getKind().isClass() || element.getKind().isInterface()
        ? element.getSimpleName().toString()
        : element.getEnclosingElement().getSimpleName() + "." + element.getSimpleName();
  }
}
