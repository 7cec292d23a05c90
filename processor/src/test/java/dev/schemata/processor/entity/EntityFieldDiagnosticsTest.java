package dev.schemata.processor.entity;

import static dev.schemata.processor.entity.EntityCapture.GOOD;
import static dev.schemata.processor.entity.EntityCapture.assertSingleError;
import static dev.schemata.processor.entity.EntityCapture.compile;
import static dev.schemata.processor.entity.EntityCapture.entity;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per diagnostic about a field, each on the field, annotation or value at fault. */
class EntityFieldDiagnosticsTest {

  @Test
  void aSequenceNeedsANumericId() {
    JavaFileObject job = entity("Job", "@Entity public class Job {",
        "  @Id @GeneratedValue(",
        "      strategy = GenerationType.SEQUENCE)",
        "  private String id;",
        "}");

    assertSingleError(compile(GOOD, job), "[SCH105] @GeneratedValue(strategy = SEQUENCE) on "
        + "field id of type java.lang.String: Hibernate ORM generates values of that type only "
        + "with GenerationType.UUID; use a long, int or short id (a UUID with "
        + "GenerationType.AUTO or UUID)", job,
        "strategy = GenerationType.SEQUENCE", "test.Good");
  }

  @Test
  void aUuidIsGeneratedOnlyWithTheDefaultOrTheUuidStrategy() {
    JavaFileObject job = entity("Job", "@Entity public class Job {",
        "  @Id",
        "  @GeneratedValue(strategy = GenerationType.TABLE)",
        "  private UUID id;",
        "}");

    assertSingleError(compile(GOOD, job), "[SCH105] @GeneratedValue(strategy = TABLE) on field "
        + "id of type java.util.UUID: Hibernate ORM generates values of that type only with "
        + "GenerationType.AUTO or UUID; use a long, int or short id, or GenerationType.AUTO or "
        + "UUID for a UUID", job, "GenerationType.TABLE", "test.Good");
  }

  @Test
  void theUuidStrategyNeedsAUuidOrAString() {
    JavaFileObject job = entity("Job", "@Entity public class Job {",
        "  @Id",
        "  @GeneratedValue(strategy = GenerationType.UUID)",
        "  private long id;",
        "}");

    assertSingleError(compile(GOOD, job), "[SCH105] @GeneratedValue(strategy = UUID) on field "
        + "id of type long: Hibernate ORM generates values of that type with IDENTITY, "
        + "SEQUENCE, TABLE or AUTO; use a long, int or short id with one of them, or a UUID id "
        + "with GenerationType.UUID", job, "GenerationType.UUID", "test.Good");
  }

  @Test
  void generatorsOfOneNameMustAgree() {
    JavaFileObject first = entity("First", "@Entity public class First {",
        "  @Id @GeneratedValue(generator = \"shared\")",
        "  @SequenceGenerator(name = \"shared\", sequenceName = \"ids\")",
        "  private Long id;",
        "}");
    JavaFileObject second = entity("Second", "@Entity public class Second {",
        "  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"other\")",
        "  @SequenceGenerator(name = \"other\", sequenceName = \"ids\", allocationSize = 1)",
        "  private Long id;",
        "}");

    assertSingleError(compile(first, second), "[SCH131] the id generator of field Second.id "
        + "needs sequence ids with start 1 and increment 1, but field First.id uses it with "
        + "start 1 and increment 50; use the same generator settings in both places, or give "
        + "one of them another name", second, "private Long id;", "test.First");
  }

  @Test
  void anAllocationSizeMustBePositive() {
    JavaFileObject job = entity("Job", "@Entity public class Job {",
        "  @Id @GeneratedValue",
        "  @SequenceGenerator(name = \"jobs\", allocationSize = 0)",
        "  private Long id;",
        "}");

    assertSingleError(compile(GOOD, job), "[SCH110] @SequenceGenerator(allocationSize = 0) on "
        + "field id is not a usable size; the allocation size must be positive", job,
        "allocationSize = 0", "test.Good");
  }

  @Test
  void anExplicitConstraintNameLongerThanPostgresKeepsIsRefused() {
    String name = "ix_" + "x".repeat(61);
    JavaFileObject job = entity("Job", "@Entity",
        "@Table(indexes = @Index(name = \"" + name + "\", columnList = \"title\"))",
        "public class Job {",
        "  @Id private long id;",
        "  private String title;",
        "}");

    assertSingleError(compile(GOOD, job), "[SCH130] index name \"" + name + "\" is 64 bytes "
        + "long, more than the 63 bytes PostgreSQL keeps of a name (it would cut the rest "
        + "silently); write a shorter name, or leave it out to have Schemata derive one that "
        + "fits", job, name, "test.Good");
  }

  @Test
  void anExplicitForeignKeyNameLongerThanPostgresKeepsIsRefused() {
    String name = "fk_" + "é".repeat(31);
    JavaFileObject job = entity("Job", "@Entity public class Job {",
        "  @Id private long id;",
        "  @ManyToOne @JoinColumn(foreignKey = @ForeignKey(name = \"" + name + "\"))",
        "  private Good good;",
        "}");

    assertSingleError(compile(GOOD, job), "[SCH130] foreign key name \"" + name + "\" is 65 "
        + "bytes long, more than the 63 bytes PostgreSQL keeps of a name (it would cut the rest "
        + "silently); write a shorter name, or leave it out to have Schemata derive one that "
        + "fits", job, "@ManyToOne", "test.Good");
  }

  @Test
  void identityNeedsAnIntegralType() {
    JavaFileObject job = entity("Job", "@Entity public class Job {",
        "  @Id",
        "  @GeneratedValue(strategy = GenerationType.IDENTITY)",
        "  private String id;",
        "}");

    assertSingleError(compile(GOOD, job), "[SCH106] @GeneratedValue(strategy = IDENTITY) on "
        + "field id of type java.lang.String: an identity column needs an integral type; use "
        + "short, int, long or their wrappers", job, "@GeneratedValue", "test.Good");
  }

  @Test
  void anUnmappableTypeIsReportedOnTheField() {
    JavaFileObject job = entity("Job", "@Entity public class Job {",
        "  @Id private long id;",
        "  private List<String> tags;",
        "}");

    assertSingleError(compile(GOOD, job), "[SCH107] field tags has type "
        + "java.util.List<java.lang.String>, which Schemata cannot map to a column; mark it "
        + "@Transient, or use a supported type (String, a primitive or its wrapper, BigDecimal, "
        + "BigInteger, LocalDate, LocalTime, LocalDateTime, Instant, OffsetDateTime, "
        + "ZonedDateTime, UUID, byte[], an enum, or an @Entity with @ManyToOne)", job,
        "private List<String> tags;", "test.Good");
  }

  @Test
  void aLegacyDateNeedsTemporal() {
    JavaFileObject job = entity("Job", "@Entity public class Job {",
        "  @Id private long id;",
        "  private Date created;",
        "}");

    assertSingleError(compile(GOOD, job), "[SCH108] field created has type java.util.Date, "
        + "which needs @Temporal(DATE, TIME or TIMESTAMP) to say what it holds; add it, or "
        + "better use a java.time type", job, "private Date created;", "test.Good");
  }

  @Test
  void aQualifierOnTheWrongTypeIsReported() {
    JavaFileObject job = entity("Job", "@Entity public class Job {",
        "  @Id private long id;",
        "  @Lob",
        "  private int size;",
        "}");

    assertSingleError(compile(GOOD, job), "[SCH109] @Lob does not apply to field size of type "
        + "int; remove it", job, "@Lob", "test.Good");
  }

  @Test
  void aLengthMustBePositive() {
    JavaFileObject job = entity("Job", "@Entity public class Job {",
        "  @Id private long id;",
        "  @Column(nullable = false,",
        "      length = 0)",
        "  private String name;",
        "}");

    assertSingleError(compile(GOOD, job), "[SCH110] @Column(length = 0) on field name is not a "
        + "usable size; the length must be positive", job, "length = 0", "test.Good");
  }

  @Test
  void aScaleMustFitThePrecision() {
    JavaFileObject job = entity("Job", "@Entity public class Job {",
        "  @Id private long id;",
        "  @Column(precision = 4,",
        "      scale = 5)",
        "  private BigDecimal rate;",
        "}");

    assertSingleError(compile(GOOD, job), "[SCH110] @Column(scale = 5) on field rate is not a "
        + "usable size; the scale must be between 0 and the precision, 4", job, "scale = 5",
        "test.Good");
  }

  @Test
  void aNameWithSurroundingSpacesIsReportedOnTheValue() {
    JavaFileObject job = entity("Job", "@Entity public class Job {",
        "  @Id private long id;",
        "  @Column(length = 20,",
        "      name = \" title\")",
        "  private String title;",
        "}");

    assertSingleError(compile(GOOD, job), "[SCH111] column name \" title\" is not a usable "
        + "name: it is blank or starts or ends with white space; write the name without "
        + "surrounding spaces", job, "name = \" title\"", "test.Good");
  }

  @Test
  void aMapKeyedByAnEntityIsNotSupportedYet() {
    JavaFileObject tag = entity("Tag", "@Entity public class Tag { @Id private long id; }");
    JavaFileObject job = entity("Job", "@Entity public class Job {",
        "  @Id private long id;",
        "  @ManyToMany @MapKeyJoinColumn",
        "  private Map<Tag, Tag> tags;",
        "}");

    assertSingleError(compile(tag, job), "[SCH112] field tags uses @MapKeyJoinColumn, which is "
        + "not supported yet by Schemata; mark the field @Transient to leave it out of the "
        + "schema for now", job, "private Map<Tag, Tag> tags;", "test.Tag");
  }

  @Test
  void hibernatesOnDeleteIsRefusedRatherThanIgnored() {
    JavaFileObject onDelete = JavaFileObjects.forSourceLines("org.hibernate.annotations.OnDelete",
        "package org.hibernate.annotations;",
        "public @interface OnDelete { String action() default \"CASCADE\"; }");
    JavaFileObject tag = entity("Tag", "@Entity public class Tag { @Id private long id; }");
    JavaFileObject job = entity("Job", "@Entity public class Job {",
        "  @Id private long id;",
        "  @ManyToOne @org.hibernate.annotations.OnDelete",
        "  private Tag tag;",
        "}");

    assertSingleError(compile(onDelete, tag, job), "[SCH132] field tag uses Hibernate's"
        + " @OnDelete, which is not supported yet by Schemata: its foreign key would be created"
        + " without the ON DELETE action; remove @OnDelete for now", job, "private Tag tag;",
        "test.Tag");
  }

  @Test
  void hibernatesGenericGeneratorIsRefusedRatherThanIgnored() {
    JavaFileObject generic = JavaFileObjects.forSourceLines(
        "org.hibernate.annotations.GenericGenerator",
        "package org.hibernate.annotations;",
        "public @interface GenericGenerator { String name(); String strategy() default \"\"; }");
    JavaFileObject job = entity("Job", "@Entity public class Job {",
        "  @Id @GeneratedValue(generator = \"hilo\")",
        "  @org.hibernate.annotations.GenericGenerator(name = \"hilo\")",
        "  private long id;",
        "}");

    assertSingleError(compile(generic, GOOD, job), "[SCH132] field id uses Hibernate's"
        + " @GenericGenerator, which is not supported yet by Schemata: its generator could need"
        + " schema objects Schemata would not create; remove @GenericGenerator for now", job,
        "private long id;", "test.Good");
  }

  @Test
  void aColumnDefinitionIsNotSupportedYet() {
    JavaFileObject job = entity("Job", "@Entity public class Job {",
        "  @Id private long id;",
        "  @Column(length = 20,",
        "      columnDefinition = \"text\")",
        "  private String body;",
        "}");

    assertSingleError(compile(GOOD, job), "[SCH114] @Column(columnDefinition = ...) on field "
        + "body is not supported yet by Schemata; remove the attribute for now", job,
        "columnDefinition = \"text\"", "test.Good");
  }

  @Test
  void aRelationMustReferToAnEntity() {
    JavaFileObject address = entity("Address", "public class Address { String street; }");
    JavaFileObject job = entity("Job", "@Entity public class Job {",
        "  @Id private long id;",
        "  @ManyToOne",
        "  private Address address;",
        "}");

    assertSingleError(compile(GOOD, address, job), "[SCH116] @ManyToOne field address refers "
        + "to test.Address, which is not an @Entity; refer to an entity class", job,
        "@ManyToOne", "test.Good");
  }

  @Test
  void aReferencedColumnMustExist() {
    JavaFileObject country = entity("Country", "@Entity public class Country {",
        "  @Id private long id;",
        "  private String name;",
        "}");
    JavaFileObject city = entity("City", "@Entity public class City {",
        "  @Id private long id;",
        "  @ManyToOne",
        "  @JoinColumn(referencedColumnName = \"code\")",
        "  private Country country;",
        "}");

    assertSingleError(compile(country, city), "[SCH117] field country refers to test.Country, "
        + "but its table Country has no column code (it has id, name); name one of its columns "
        + "in @JoinColumn(referencedColumnName)", city, "@JoinColumn", "test.Country");
  }

  @Test
  void twoFieldsMayNotShareAColumn() {
    JavaFileObject doc = entity("Doc", "@Entity public class Doc {",
        "  @Id private long id;",
        "  @Column(name = \"title\") private String heading;",
        "  private String title;",
        "}");

    assertSingleError(compile(GOOD, doc), "[SCH119] field title maps to column title of table "
        + "Doc, which field Doc.heading maps to already; give one of them another column name",
        doc, "private String title;", "test.Good");
  }
}
