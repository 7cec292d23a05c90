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
  ENTITIES_WITHOUT_SCHEMA_VERSION("SCH003", Diagnostic.Kind.WARNING,
      "@Entity classes were found but no @SchemaVersion, so no migration is generated; put "
          + "@SchemaVersion(1) on one package-info.java of the module that owns the entities"),
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
  PARTIAL_BUILD_WRITES_VERSION("SCH008", Diagnostic.Kind.ERROR,
      "version %d would be written by a build that did not compile @SchemaVersion on %s; such a "
          + "partial build may miss a @DataMigration step of the version, and a version file is "
          + "final once written, so rebuild the whole module (mvn compile, or Rebuild in the IDE)"),
  INVALID_DATA_LOSS_OPTION("SCH010", Diagnostic.Kind.ERROR,
      "-Aschemata.dataLoss=%s is not a choice; use warn (the default) or error"),
  ENTITY_NOT_A_CLASS("SCH101", Diagnostic.Kind.ERROR,
      "@Entity %s is %s; an entity must be a class: make it one, or remove @Entity"),
  ENTITY_WITHOUT_ID("SCH103", Diagnostic.Kind.ERROR,
      "@Entity %s has no @Id field; annotate the field that holds the primary key with @Id"),
  COMPOSITE_ID_NOT_SUPPORTED("SCH104", Diagnostic.Kind.ERROR,
      "@Entity %s declares a composite primary key (%s) without @IdClass; name the class of "
          + "its key with @IdClass, or gather the key attributes in an @EmbeddedId"),
  GENERATION_NOT_SUPPORTED("SCH105", Diagnostic.Kind.ERROR,
      "@GeneratedValue(strategy = %s) on field %s of type %s: Hibernate ORM generates values "
          + "of that type %s; use a long, int or short id%s"),
  IDENTITY_NOT_INTEGRAL("SCH106", Diagnostic.Kind.ERROR,
      "@GeneratedValue(strategy = IDENTITY) on field %s of type %s: an identity column needs an "
          + "integral type; use short, int, long or their wrappers"),
  UNSUPPORTED_FIELD_TYPE("SCH107", Diagnostic.Kind.ERROR,
      "field %s has type %s, which Schemata cannot map to a column; mark it @Transient, or use "
          + "a supported type (String, a primitive or its wrapper, BigDecimal, BigInteger, "
          + "LocalDate, LocalTime, LocalDateTime, Instant, OffsetDateTime, ZonedDateTime, UUID, "
          + "byte[], an enum, or an @Entity with @ManyToOne)"),
  TEMPORAL_REQUIRED("SCH108", Diagnostic.Kind.ERROR,
      "field %s has type %s, which needs @Temporal(DATE, TIME or TIMESTAMP) to say what it "
          + "holds; add it, or better use a java.time type"),
  MISPLACED_ANNOTATION("SCH109", Diagnostic.Kind.ERROR,
      "%s does not apply to field %s of type %s; remove it"),
  INVALID_COLUMN_SIZE("SCH110", Diagnostic.Kind.ERROR,
      "%s(%s = %d) on field %s is not a usable size; %s"),
  INVALID_NAME("SCH111", Diagnostic.Kind.ERROR,
      "%s \"%s\" is not a usable name: it is blank or starts or ends with white space; "
          + "write the name without surrounding spaces"),
  MAPPING_NOT_SUPPORTED_YET("SCH112", Diagnostic.Kind.ERROR,
      "field %s uses %s, which is not supported yet by Schemata; mark the field @Transient to "
          + "leave it out of the schema for now"),
  ENTITY_MAPPING_NOT_SUPPORTED_YET("SCH113", Diagnostic.Kind.ERROR,
      "@Entity %s uses %s, which is not supported yet by Schemata; map the entity without it "
          + "for now"),
  ATTRIBUTE_NOT_SUPPORTED_YET("SCH114", Diagnostic.Kind.ERROR,
      "%s(%s = ...) on %s is not supported yet by Schemata; remove the attribute for now"),
  IGNORED_BY_ACCESS("SCH115", Diagnostic.Kind.ERROR,
      "%s on %s is not read, since the class uses %s access (set by @Access or by where its "
          + "@Id is); move the annotation, or put @Access(AccessType.%s) on this member"),
  RELATION_TARGET_NOT_ENTITY("SCH116", Diagnostic.Kind.ERROR,
      "%s field %s refers to %s, which is not an @Entity; refer to an entity class"),
  REFERENCED_COLUMN_NOT_FOUND("SCH117", Diagnostic.Kind.ERROR,
      "field %s refers to %s, but its table %s has %s; %s"),
  DUPLICATE_TABLE("SCH118", Diagnostic.Kind.ERROR,
      "@Entity %s maps to table %s, which %s maps to already; give one of them another "
          + "@Table(name)"),
  DUPLICATE_COLUMN("SCH119", Diagnostic.Kind.ERROR,
      "field %s maps to column %s of table %s, which field %s maps to already; give one of "
          + "them another column name"),
  INVALID_COLUMN_LIST("SCH120", Diagnostic.Kind.ERROR,
      "%s is not a usable column list (%s); name one or more columns, each once, separated by "
          + "commas"),
  UNKNOWN_CONSTRAINT_COLUMN("SCH121", Diagnostic.Kind.ERROR,
      "%s names column %s, which table %s does not have (it has %s); name columns as the "
          + "table has them, which is not always the field name"),
  DUPLICATE_CONSTRAINT_NAME("SCH122", Diagnostic.Kind.ERROR,
      "%s %s of table %s has the same name as the %s of table %s; give one of them another "
          + "name"),
  INVALID_CONVERTER("SCH123", Diagnostic.Kind.ERROR,
      "@Convert(converter = %s) on field %s cannot be read: %s; name a class that implements "
          + "AttributeConverter<X, Y> with a concrete Y"),
  NOT_EMBEDDABLE("SCH124", Diagnostic.Kind.ERROR,
      "field %s embeds type %s, which is not an @Embeddable; annotate that class with "
          + "@Embeddable"),
  EMBEDDABLE_CYCLE("SCH125", Diagnostic.Kind.ERROR,
      "field %s embeds %s inside itself; an embeddable cannot contain itself, directly or "
          + "through other embeddables"),
  NOT_A_COLLECTION("SCH126", Diagnostic.Kind.ERROR,
      "%s field %s has type %s, which is not a Collection, List, Set or Map with type "
          + "arguments; declare it as one, such as List<Item>"),
  MAPS_ID_NOT_FOUND("SCH127", Diagnostic.Kind.ERROR,
      "@MapsId(\"%s\") on field %s names no single id attribute of @Entity %s; leave the value "
          + "empty to share its one @Id, or name an attribute of its @EmbeddedId"),
  INVALID_NAMING_OPTION("SCH128", Diagnostic.Kind.ERROR,
      "-Aschemata.naming=%s is not a naming style; use jpa (the default) or snake_case"),
  DUPLICATE_COLLECTION_TABLE("SCH129", Diagnostic.Kind.ERROR,
      "field %s maps to table %s, which %s maps to already; give one of them another name "
          + "with @JoinTable(name) or @CollectionTable(name)"),
  NAME_TOO_LONG("SCH130", Diagnostic.Kind.ERROR,
      "%s \"%s\" is %d bytes long, more than the %d bytes PostgreSQL keeps of a name (it would "
          + "cut the rest silently); write a shorter name, or leave it out to have Schemata "
          + "derive one that fits"),
  GENERATOR_CONFLICT("SCH131", Diagnostic.Kind.ERROR,
      "the id generator of field %s needs %s, but %s; use the same generator settings in both "
          + "places, or give one of them another name"),
  PROVIDER_ANNOTATION_NOT_SUPPORTED_YET("SCH132", Diagnostic.Kind.ERROR,
      "field %s uses Hibernate's %s, which is not supported yet by Schemata: %s; remove %s for "
          + "now"),
  ENUM_TYPE_CLASH("SCH133", Diagnostic.Kind.ERROR,
      "%s holds enum %s by name in a PostgreSQL enum type named %s, which enum %s (%s) already "
          + "gets: with -Aschemata.postgresEnums=native each enum's type is named after its "
          + "simple class name, as Hibernate ORM names it; rename one of the enums, or keep "
          + "check constraints with -Aschemata.postgresEnums=check"),
  INVALID_POSTGRES_ENUMS_OPTION("SCH134", Diagnostic.Kind.ERROR,
      "-Aschemata.postgresEnums=%s is not a choice; use check (the default: a check constraint "
          + "per enum column) or native (a PostgreSQL enum type per Java enum)"),
  ENUM_TYPE_NAMED_LIKE_TABLE("SCH135", Diagnostic.Kind.ERROR,
      "column %s would hold its enum in a PostgreSQL enum type named %s, but PostgreSQL gives "
          + "table %s a type of that name, so the enum type cannot be created; rename the enum "
          + "or the table, or keep check constraints with -Aschemata.postgresEnums=check"),
  ENUM_TYPE_NAME_RESERVED("SCH136", Diagnostic.Kind.ERROR,
      "%s holds enum %s by name in a PostgreSQL enum type named %s, which is a word PostgreSQL "
          + "reserves or not a plain name, so Hibernate ORM, which writes it unquoted, cannot "
          + "create it; rename the enum, or keep check constraints with "
          + "-Aschemata.postgresEnums=check"),
  SCHEMA_FILE_INVALID("SCH201", Diagnostic.Kind.ERROR, "%s:%d: %s"),
  VERSION_BELOW_HEAD("SCH301", Diagnostic.Kind.ERROR,
      "@SchemaVersion(%d) is lower than the newest committed version %d (%s); declare "
          + "@SchemaVersion(%d) to build the committed schema, or %d to record new changes"),
  PENDING_CHANGES("SCH302", Diagnostic.Kind.ERROR,
      "the entities changed since version %d (%s) was written: %s. Raise @SchemaVersion to %d "
          + "to write these changes as a new version (or, only if version %d was never applied "
          + "to a shared database, delete %s and rebuild to write it again)"),
  EMPTY_VERSION("SCH303", Diagnostic.Kind.WARNING,
      "@SchemaVersion(%d) declares a new version, but the entities still match version %d; "
          + "nothing is written until an entity changes"),
  UNSUPPORTED_CHANGE("SCH304", Diagnostic.Kind.ERROR,
      "%s; keep the previous definition, or create a new table and move the data in a later "
          + "version"),
  MISSING_FILL("SCH310", Diagnostic.Kind.ERROR,
      "column %s.%s is NOT NULL without a default and is added to an existing table, whose "
          + "rows need a value for it; give that value with @FillWith(\"<SQL literal>\") "
          + "(used only for the existing rows) or @ColumnDefault, or let the column accept NULL"),
  DATA_LOSS("SCH311", Diagnostic.Kind.WARNING,
      "upgrading to version %d destroys %s%s; if that is intended, acknowledge it with "
          + "@SchemaVersion(value = %d, acknowledgeDataLoss = \"%s\")"),
  DATA_LOSS_NOT_ACKNOWLEDGED("SCH312", Diagnostic.Kind.ERROR,
      "upgrading to version %d destroys %s%s; -Aschemata.dataLoss=error makes this an error "
          + "until acknowledged: @SchemaVersion(value = %d, acknowledgeDataLoss = \"%s\")"),
  NOT_NULL_TIGHTENED("SCH313", Diagnostic.Kind.WARNING,
      "column %s.%s becomes NOT NULL in version %d: the upgrade fails on a database where it "
          + "is NULL in some row; give the value those rows get with @FillWith(\"<SQL "
          + "literal>\") or @ColumnDefault, or set it in a @DataMigration step of version %d "
          + "(data steps run before the column becomes NOT NULL), or keep the column nullable"),
  RENAME_SOURCE_MISSING("SCH314", Diagnostic.Kind.ERROR,
      "%s: version %d has no %s to rename to %s; write the name as it was in version %d, or "
          + "remove @RenamedFrom"),
  ENUM_RESTRICTED("SCH315", Diagnostic.Kind.WARNING,
      "column %s.%s holds an enum from version %d on and accepts only %s: the upgrade fails on "
          + "a database where a row holds anything else; change those rows in a @DataMigration "
          + "step of version %d (data steps run before the column is restricted)"),
  DATA_STEP_INVALID("SCH320", Diagnostic.Kind.ERROR,
      "@DataMigration %s cannot be run: %s"),
  DATA_STEP_UNKNOWN_VERSION("SCH321", Diagnostic.Kind.ERROR,
      "@DataMigration(version = %d) on %s names a version this build does not write: "
          + "@SchemaVersion declares %d and the committed history ends at %d; attach the step "
          + "to the version @SchemaVersion declares, raising it past %d if needed"),
  DATA_STEP_VERSION_WRITTEN("SCH322", Diagnostic.Kind.ERROR,
      "@DataMigration(version = %d) on %s: version %d is written already (%s) and may have "
          + "run on a database, so a step cannot join it; declare @SchemaVersion(%d) and "
          + "@DataMigration(version = %d) (or, if version %d was never shared, delete %s and "
          + "build again)"),
  DATA_STEP_MISSING("SCH323", Diagnostic.Kind.ERROR,
      "version %d (%s) runs data step %s, which is not on the class path; restore the class "
          + "(it must stay as long as its version does)");

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
