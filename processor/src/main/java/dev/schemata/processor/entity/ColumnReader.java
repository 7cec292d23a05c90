package dev.schemata.processor.entity;

import dev.schemata.processor.diagnostic.Message;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.SqlType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads a basic attribute into its column: name, type (through an {@code AttributeConverter} when
 * one is named), nullability, identity and default, including the Hibernate ORM and Bean
 * Validation annotations that Hibernate applies to the DDL.
 */
final class ColumnReader {
  private static final Set<TypeKind> INTEGRAL = Set.of(TypeKind.SHORT, TypeKind.INT,
      TypeKind.LONG);
  private static final Set<String> INTEGRAL_WRAPPERS = Set.of("java.lang.Short",
      "java.lang.Integer", "java.lang.Long");

  private final Mirrors mirrors;
  private final NameStyle names;
  private final TypeMapper types;
  private final Converters converters;
  private final EnumTypeNames enumTypes;
  private final List<Finding> findings;

  ColumnReader(Mirrors mirrors, NameStyle names, Converters converters, EnumTypeNames enumTypes,
      List<Finding> findings) {
    this.mirrors = mirrors;
    this.names = names;
    this.types = new TypeMapper(mirrors, findings);
    this.converters = converters;
    this.enumTypes = enumTypes;
    this.findings = findings;
  }

  /**
   * The column of a basic attribute; empty after recording a finding.
   *
   * @param attribute the attribute
   * @param column the {@code @Column} that applies: the attribute's own, or an override
   * @param source the entity attribute the column is reached through
   * @param path the attribute path
   * @param idPath the attribute's name within the primary key, or null when not part of it
   */
  Optional<Mapping.Basic> read(Attribute attribute, Optional<AnnotationMirror> column,
      Element source, String path, String idPath) {
    boolean id = idPath != null;
    String written = attribute.naming();
    Optional<String> name = column.isEmpty() ? Optional.of(written)
        : Naming.written(mirrors, attribute.element(), column.get(), "name", "column name",
            written, findings);
    column.ifPresent(c -> Unsupported.attributes(attribute.element(), attribute.describe(), c,
        findings, "columnDefinition", "table"));
    Optional<SqlType> type = type(attribute, column, attribute.type());
    Optional<Boolean> identity = identity(attribute, id);
    if (name.isEmpty() || type.isEmpty() || identity.isEmpty()) {
      return Optional.empty();
    }
    Column.Builder builder = Column.named(names.apply(name.get())).type(type.get())
        .values(enumValues(attribute, attribute.type()).toArray(String[]::new))
        .enumType(enumType(attribute, attribute.type(), type.get()));
    if (!id && isNullable(attribute, column)) {
      builder.nullable();
    }
    if (identity.get()) {
      builder.identity();
    }
    Mirrors.find(attribute.element(), Jpa.COLUMN_DEFAULT)
        .ifPresent(d -> builder.defaultValue(mirrors.string(d, "value")));
    boolean unique = column.isPresent() && mirrors.bool(column.get(), "unique");
    Column built = builder.build();
    return Optional.of(new Mapping.Basic(source, path, built, unique, idPath,
        Fills.of(attribute, built).orElse(null)));
  }

  /**
   * The type of a column holding {@code stored} for the attribute, as its {@code @Convert},
   * {@code @Lob}, {@code @Enumerated}, {@code @Temporal} and {@code @Size} make it.
   */
  Optional<SqlType> type(Attribute attribute, Optional<AnnotationMirror> column,
      TypeMirror stored) {
    Optional<TypeMirror> converted = converters.converted(attribute, findings);
    if (converted == null) {
      return Optional.empty();
    }
    TypeMapper.Typed typed = new TypeMapper.Typed(attribute.element(), attribute.name(),
        converted.orElse(stored), column, Mirrors.find(attribute.element(), Jpa.ENUMERATED),
        Mirrors.find(attribute.element(), Jpa.TEMPORAL),
        Mirrors.find(attribute.element(), Jpa.LOB));
    types.checkQualifiers(typed);
    return types.map(typed).map(t -> sized(attribute, t));
  }

  /**
   * The constants of the enum a column holds for the attribute, in declaration order; empty when
   * it holds no enum, or a converter stores something else.
   */
  List<String> enumValues(Attribute attribute, TypeMirror stored) {
    boolean converted = Mirrors.find(attribute.element(), Jpa.CONVERT)
        .filter(c -> !mirrors.bool(c, "disableConversion")).isPresent();
    return converted ? List.of() : TypeMapper.constants(stored);
  }

  /**
   * The database enum type of a column of {@code type} that holds {@code stored} for the
   * attribute: named for an enum held by name when native enum types are chosen, else null.
   */
  String enumType(Attribute attribute, TypeMirror stored, SqlType type) {
    return isByName(type) && !enumValues(attribute, stored).isEmpty()
        ? enumTypes.of(attribute, stored, findings) : null;
  }

  /** The database enum type of a map's key column of {@code type}, as {@link #enumType}. */
  String keyEnumType(Attribute attribute, TypeMirror key, SqlType type) {
    return isByName(type) && !TypeMapper.constants(key).isEmpty()
        ? enumTypes.of(attribute, key, findings) : null;
  }

  private static boolean isByName(SqlType type) {
    return type.kind() == SqlType.Kind.VARCHAR || type.kind() == SqlType.Kind.CHAR;
  }

  /** A key column of a map: typed by {@code @MapKeyEnumerated} and {@code @MapKeyTemporal}. */
  Optional<SqlType> keyType(Attribute attribute, Optional<AnnotationMirror> column,
      TypeMirror key) {
    TypeMapper.Typed typed = new TypeMapper.Typed(attribute.element(), attribute.name(), key,
        column, Mirrors.find(attribute.element(), Jpa.MAP_KEY_ENUMERATED),
        Mirrors.find(attribute.element(), Jpa.MAP_KEY_TEMPORAL), Optional.empty());
    return types.map(typed);
  }

  /** Hibernate ORM applies {@code @Size(max)} to the length of a string column. */
  private SqlType sized(Attribute attribute, SqlType type) {
    if (type.kind() != SqlType.Kind.VARCHAR
        || !Mirrors.isType(attribute.type(), "java.lang.String")) {
      return type;
    }
    return Mirrors.find(attribute.element(), Jpa.SIZE).map(s -> mirrors.integer(s, "max"))
        .filter(max -> max > 0 && max < Integer.MAX_VALUE).map(SqlType::varchar).orElse(type);
  }

  /** Hibernate ORM also holds a {@code @Version} column NOT NULL, whatever its Java type. */
  private boolean isNullable(Attribute attribute, Optional<AnnotationMirror> column) {
    if (attribute.type().getKind().isPrimitive()
        || Mirrors.has(attribute.element(), Jpa.NOT_NULL)
        || Mirrors.has(attribute.element(), Jpa.VERSION)) {
      return false;
    }
    boolean optional = Mirrors.find(attribute.element(), Jpa.BASIC)
        .map(b -> mirrors.bool(b, "optional")).orElse(true);
    return optional && column.map(c -> mirrors.bool(c, "nullable")).orElse(true);
  }

  /**
   * Whether the column is an identity column; empty after recording a finding. The sequences and
   * tables that other strategies need are read with the entity, by {@link IdGenerators}.
   */
  private Optional<Boolean> identity(Attribute attribute, boolean id) {
    Optional<AnnotationMirror> generated = Mirrors.find(attribute.element(), Jpa.GENERATED_VALUE);
    if (generated.isEmpty()) {
      return Optional.of(false);
    }
    if (!id) {
      findings.add(Finding.on(attribute.element(), generated.get(), Message.MISPLACED_ANNOTATION,
          "@GeneratedValue without @Id", attribute.name(), attribute.type()));
      return Optional.empty();
    }
    String strategy = mirrors.constant(generated.get(), "strategy");
    TypeMirror type = attribute.type();
    boolean integral = INTEGRAL.contains(type.getKind())
        || INTEGRAL_WRAPPERS.stream().anyMatch(w -> Mirrors.isType(type, w));
    if (strategy.equals("IDENTITY") && !integral) {
      findings.add(Finding.on(attribute.element(), generated.get(), Message.IDENTITY_NOT_INTEGRAL,
          attribute.name(), type));
      return Optional.empty();
    }
    Optional<List<String>> problem = generationProblem(strategy, type, integral);
    if (problem.isPresent()) {
      AnnotationValue value = Mirrors.explicit(generated.get(), "strategy").orElse(null);
      findings.add(Finding.on(attribute.element(), generated.get(), value,
          Message.GENERATION_NOT_SUPPORTED, strategy, attribute.name(), type,
          problem.get().get(0), problem.get().get(1)));
      return Optional.empty();
    }
    return Optional.of(strategy.equals("IDENTITY"));
  }

  /**
   * What Hibernate ORM says of a strategy on an id of this type, as the two ends of the message;
   * empty when it generates such ids. Numbers come from IDENTITY, SEQUENCE, TABLE or AUTO; its
   * UUID generator fills a {@code UUID} (also under AUTO) or a {@code String}.
   */
  private static Optional<List<String>> generationProblem(String strategy, TypeMirror type,
      boolean integral) {
    boolean uuidStrategy = strategy.equals("UUID");
    if (integral) {
      return uuidStrategy ? Optional.of(List.of("with IDENTITY, SEQUENCE, TABLE or AUTO",
          " with one of them, or a UUID id with GenerationType.UUID")) : Optional.empty();
    }
    String name = type.toString();
    if (name.equals("java.util.UUID")) {
      return uuidStrategy || strategy.equals("AUTO") ? Optional.empty()
          : Optional.of(List.of("only with GenerationType.AUTO or UUID",
              ", or GenerationType.AUTO or UUID for a UUID"));
    }
    if (name.equals("java.lang.String")) {
      return uuidStrategy ? Optional.empty() : Optional.of(List.of(
          "only with GenerationType.UUID", " (a UUID with GenerationType.AUTO or UUID)"));
    }
    return Optional.of(List.of("only for numbers", " (a UUID with GenerationType.AUTO or UUID)"));
  }
}
