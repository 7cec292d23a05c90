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
}
