package dev.schemata.processor.entity;

/** The names of the {@code jakarta.persistence} annotations the reader looks at. */
final class Jpa {
  private Jpa() {}

  private static final String PACKAGE = "jakarta.persistence.";

  static final String ENTITY = PACKAGE + "Entity";
  static final String TABLE = PACKAGE + "Table";
  static final String MAPPED_SUPERCLASS = PACKAGE + "MappedSuperclass";
  static final String EMBEDDABLE = PACKAGE + "Embeddable";
  static final String INHERITANCE = PACKAGE + "Inheritance";
  static final String SECONDARY_TABLE = PACKAGE + "SecondaryTable";
  static final String SECONDARY_TABLES = PACKAGE + "SecondaryTables";
  static final String ID_CLASS = PACKAGE + "IdClass";
  static final String ACCESS = PACKAGE + "Access";

  static final String ID = PACKAGE + "Id";
  static final String EMBEDDED_ID = PACKAGE + "EmbeddedId";
  static final String GENERATED_VALUE = PACKAGE + "GeneratedValue";
  static final String SEQUENCE_GENERATOR = PACKAGE + "SequenceGenerator";
  static final String SEQUENCE_GENERATORS = PACKAGE + "SequenceGenerators";
  static final String TABLE_GENERATOR = PACKAGE + "TableGenerator";
  static final String TABLE_GENERATORS = PACKAGE + "TableGenerators";
  static final String COLUMN = PACKAGE + "Column";
  static final String BASIC = PACKAGE + "Basic";
  static final String TRANSIENT = PACKAGE + "Transient";
  static final String ENUMERATED = PACKAGE + "Enumerated";
  static final String TEMPORAL = PACKAGE + "Temporal";
  static final String LOB = PACKAGE + "Lob";
  static final String VERSION = PACKAGE + "Version";

  static final String MANY_TO_ONE = PACKAGE + "ManyToOne";
  static final String ONE_TO_ONE = PACKAGE + "OneToOne";
  static final String ONE_TO_MANY = PACKAGE + "OneToMany";
  static final String MANY_TO_MANY = PACKAGE + "ManyToMany";
  static final String ELEMENT_COLLECTION = PACKAGE + "ElementCollection";
  static final String EMBEDDED = PACKAGE + "Embedded";
  static final String JOIN_COLUMN = PACKAGE + "JoinColumn";
  static final String JOIN_COLUMNS = PACKAGE + "JoinColumns";
  static final String JOIN_TABLE = PACKAGE + "JoinTable";
  static final String MAPS_ID = PACKAGE + "MapsId";
  static final String PRIMARY_KEY_JOIN_COLUMN = PACKAGE + "PrimaryKeyJoinColumn";
  static final String PRIMARY_KEY_JOIN_COLUMNS = PACKAGE + "PrimaryKeyJoinColumns";
  static final String ATTRIBUTE_OVERRIDE = PACKAGE + "AttributeOverride";
  static final String ATTRIBUTE_OVERRIDES = PACKAGE + "AttributeOverrides";
  static final String ASSOCIATION_OVERRIDE = PACKAGE + "AssociationOverride";
  static final String ASSOCIATION_OVERRIDES = PACKAGE + "AssociationOverrides";
  static final String COLLECTION_TABLE = PACKAGE + "CollectionTable";
  static final String ORDER_COLUMN = PACKAGE + "OrderColumn";
  static final String MAP_KEY = PACKAGE + "MapKey";
  static final String MAP_KEY_CLASS = PACKAGE + "MapKeyClass";
  static final String MAP_KEY_COLUMN = PACKAGE + "MapKeyColumn";
  static final String MAP_KEY_ENUMERATED = PACKAGE + "MapKeyEnumerated";
  static final String MAP_KEY_TEMPORAL = PACKAGE + "MapKeyTemporal";
  static final String MAP_KEY_JOIN_COLUMN = PACKAGE + "MapKeyJoinColumn";
  static final String MAP_KEY_JOIN_COLUMNS = PACKAGE + "MapKeyJoinColumns";
  static final String CONVERT = PACKAGE + "Convert";
  static final String CONVERTS = PACKAGE + "Converts";
  static final String ATTRIBUTE_CONVERTER = PACKAGE + "AttributeConverter";
  static final String DISCRIMINATOR_COLUMN = PACKAGE + "DiscriminatorColumn";
  static final String DISCRIMINATOR_VALUE = PACKAGE + "DiscriminatorValue";

  /** Hibernate ORM's column default, an SQL literal written as is into the DDL. */
  static final String COLUMN_DEFAULT = "org.hibernate.annotations.ColumnDefault";
  static final String ON_DELETE = "org.hibernate.annotations.OnDelete";
  static final String GENERIC_GENERATOR = "org.hibernate.annotations.GenericGenerator";
  /** Bean Validation constraints that Hibernate ORM applies to the DDL. */
  static final String NOT_NULL = "jakarta.validation.constraints.NotNull";
  static final String SIZE = "jakarta.validation.constraints.Size";
}
