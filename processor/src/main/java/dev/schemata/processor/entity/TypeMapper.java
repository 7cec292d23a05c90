package dev.schemata.processor.entity;

import dev.schemata.processor.diagnostic.Message;
import dev.schemata.runtime.model.SqlType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.Element;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Maps the Java type of a basic field to its column type, as Hibernate ORM 7 does by default. */
final class TypeMapper {
  private static final int DEFAULT_LENGTH = 255;
  private static final int DEFAULT_PRECISION = 38;
  private static final int DEFAULT_SCALE = 2;

  private static final Map<String, SqlType> FIXED = Map.ofEntries(
      Map.entry("java.lang.Boolean", SqlType.BOOLEAN),
      Map.entry("java.lang.Byte", SqlType.TINYINT),
      Map.entry("java.lang.Short", SqlType.SMALLINT),
      Map.entry("java.lang.Integer", SqlType.INTEGER),
      Map.entry("java.lang.Long", SqlType.BIGINT),
      Map.entry("java.lang.Float", SqlType.REAL),
      Map.entry("java.lang.Double", SqlType.DOUBLE),
      Map.entry("java.lang.Character", SqlType.fixedChar(1)),
      Map.entry("java.time.LocalDate", SqlType.DATE),
      Map.entry("java.time.LocalTime", SqlType.time(0)),
      Map.entry("java.time.LocalDateTime", SqlType.timestamp(6)),
      Map.entry("java.time.Instant", SqlType.timestampWithTimeZone(6)),
      Map.entry("java.time.OffsetDateTime", SqlType.timestampWithTimeZone(6)),
      Map.entry("java.time.ZonedDateTime", SqlType.timestampWithTimeZone(6)),
      Map.entry("java.util.UUID", SqlType.UUID));

  private final Mirrors mirrors;
  private final List<Finding> findings;

  TypeMapper(Mirrors mirrors, List<Finding> findings) {
    this.mirrors = mirrors;
    this.findings = findings;
  }

  /**
   * What a column's type is read from.
   *
   * @param element the field or getter reported on
   * @param name the attribute name, for messages
   * @param type the Java type stored in the column
   * @param column the {@code @Column}-like annotation giving length, precision and scale
   * @param enumerated the {@code @Enumerated} (or {@code @MapKeyEnumerated}), if any
   * @param temporal the {@code @Temporal} (or {@code @MapKeyTemporal}), if any
   * @param lob the {@code @Lob}, if any
   */
  record Typed(Element element, String name, TypeMirror type, Optional<AnnotationMirror> column,
      Optional<AnnotationMirror> enumerated, Optional<AnnotationMirror> temporal,
      Optional<AnnotationMirror> lob) {

    /** The same, storing another Java type (the database side of a converter). */
    Typed storing(TypeMirror stored) {
      return new Typed(element, name, stored, column, enumerated, temporal, lob);
    }
  }

  /** The column type of the field, or empty after recording why there is none. */
  Optional<SqlType> map(Typed field) {
    TypeMirror type = field.type();
    Optional<SqlType> primitive = primitive(type.getKind());
    if (primitive.isPresent()) {
      return primitive;
    }
    if (isByteArray(type)) {
      return field.lob().isPresent() ? Optional.of(SqlType.BLOB) : length(field)
          .map(SqlType::varbinary);
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return unsupported(field);
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    if (element.getKind() == ElementKind.ENUM) {
      return enumerated(field);
    }
    String name = element.getQualifiedName().toString();
    return switch (name) {
      case "java.lang.String" -> field.lob().isPresent() ? Optional.of(SqlType.CLOB)
          : length(field).map(SqlType::varchar);
      case "java.math.BigDecimal" -> decimal(field);
      case "java.math.BigInteger" -> precision(field).map(p -> SqlType.decimal(p, 0));
      case "java.util.Date", "java.util.Calendar" -> temporal(field);
      default -> FIXED.containsKey(name) ? Optional.of(FIXED.get(name)) : unsupported(field);
    };
  }

  /**
   * The constants of an enum type in declaration order, which Hibernate ORM stores by name or
   * by ordinal; empty for any other type.
   */
  static List<String> constants(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED
        || ((DeclaredType) type).asElement().getKind() != ElementKind.ENUM) {
      return List.of();
    }
    return ((DeclaredType) type).asElement().getEnclosedElements().stream()
        .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
        .map(e -> e.getSimpleName().toString()).toList();
  }

  /** Whether the type carries a {@code @Lob}, {@code @Enumerated} or {@code @Temporal} it may. */
  void checkQualifiers(Typed field) {
    TypeMirror type = field.type();
    boolean text = Mirrors.isType(type, "java.lang.String") || isByteArray(type);
    boolean isEnum = type.getKind() == TypeKind.DECLARED
        && ((DeclaredType) type).asElement().getKind() == ElementKind.ENUM;
    boolean legacyTime = Mirrors.isType(type, "java.util.Date")
        || Mirrors.isType(type, "java.util.Calendar");
    misplaced(field, field.lob(), text);
    misplaced(field, field.enumerated(), isEnum);
    misplaced(field, field.temporal(), legacyTime);
  }

  private void misplaced(Typed field, Optional<AnnotationMirror> annotation, boolean applies) {
    annotation.filter(m -> !applies).ifPresent(m -> findings.add(
        Finding.on(field.element(), m, Message.MISPLACED_ANNOTATION,
            Mirrors.display(Mirrors.nameOf(m)), field.name(), field.type())));
  }

  private static Optional<SqlType> primitive(TypeKind kind) {
    return Optional.ofNullable(switch (kind) {
      case BOOLEAN -> SqlType.BOOLEAN;
      case BYTE -> SqlType.TINYINT;
      case SHORT -> SqlType.SMALLINT;
      case INT -> SqlType.INTEGER;
      case LONG -> SqlType.BIGINT;
      case FLOAT -> SqlType.REAL;
      case DOUBLE -> SqlType.DOUBLE;
      case CHAR -> SqlType.fixedChar(1);
      default -> null;
    });
  }

  private static boolean isByteArray(TypeMirror type) {
    return type.getKind() == TypeKind.ARRAY
        && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE;
  }

  private Optional<SqlType> enumerated(Typed field) {
    Optional<AnnotationMirror> enumerated = field.enumerated();
    boolean byName = enumerated.isPresent()
        && mirrors.constant(enumerated.get(), "value").equals("STRING");
    return byName ? length(field).map(SqlType::varchar) : Optional.of(SqlType.TINYINT);
  }

  private Optional<SqlType> temporal(Typed field) {
    Optional<AnnotationMirror> temporal = field.temporal();
    if (temporal.isEmpty()) {
      findings.add(Finding.on(field.element(), Message.TEMPORAL_REQUIRED, field.name(),
          field.type()));
      return Optional.empty();
    }
    return Optional.of(switch (mirrors.constant(temporal.get(), "value")) {
      case "DATE" -> SqlType.DATE;
      case "TIME" -> SqlType.time(0);
      default -> SqlType.timestamp(6);
    });
  }

  private Optional<SqlType> decimal(Typed field) {
    Optional<Integer> precision = precision(field);
    if (precision.isEmpty()) {
      return Optional.empty();
    }
    Optional<AnnotationMirror> column = field.column();
    // As Hibernate ORM: a written precision takes the scale as written, JPA's default 0
    // included; without one, both take Hibernate's defaults. A scale written without a precision
    // is kept, where Hibernate drops it: Schemata never discards what the user wrote.
    boolean precise = column.flatMap(c -> Mirrors.explicit(c, "precision"))
        .map(v -> (Integer) v.getValue() > 0).orElse(false);
    Optional<AnnotationValue> written = column.flatMap(c -> Mirrors.explicit(c, "scale"));
    if (written.isEmpty()) {
      return Optional.of(SqlType.decimal(precision.get(), precise ? 0 : DEFAULT_SCALE));
    }
    int scale = (Integer) written.get().getValue();
    if (scale < 0 || scale > precision.get()) {
      findings.add(Finding.on(field.element(), column.get(), written.get(),
          Message.INVALID_COLUMN_SIZE, Mirrors.display(Mirrors.nameOf(column.get())), "scale",
          scale, field.name(),
          "the scale must be between 0 and the precision, " + precision.get()));
      return Optional.empty();
    }
    return Optional.of(SqlType.decimal(precision.get(), scale));
  }

  private Optional<Integer> precision(Typed field) {
    return size(field, "precision", DEFAULT_PRECISION, "the precision must be positive");
  }

  private Optional<Integer> length(Typed field) {
    return size(field, "length", DEFAULT_LENGTH, "the length must be positive");
  }

  private Optional<Integer> size(Typed field, String attribute, int fallback,
      String rule) {
    Optional<AnnotationMirror> column = field.column();
    if (column.isEmpty()) {
      return Optional.of(fallback);
    }
    int size = mirrors.integer(column.get(), attribute);
    // JPA's default precision is 0, meaning "the provider's default".
    if (attribute.equals("precision") && size == 0) {
      return Optional.of(fallback);
    }
    if (size <= 0) {
      findings.add(Finding.on(field.element(), column.get(),
          Mirrors.explicit(column.get(), attribute).orElse(null), Message.INVALID_COLUMN_SIZE,
          Mirrors.display(Mirrors.nameOf(column.get())), attribute, size, field.name(), rule));
      return Optional.empty();
    }
    return Optional.of(size);
  }

  private Optional<SqlType> unsupported(Typed field) {
    findings.add(Finding.on(field.element(), Message.UNSUPPORTED_FIELD_TYPE, field.name(),
        field.type()));
    return Optional.empty();
  }
}
