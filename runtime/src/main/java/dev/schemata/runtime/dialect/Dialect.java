package dev.schemata.runtime.dialect;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.ops.AlterColumn;
import dev.schemata.runtime.ops.Operation;
import dev.schemata.runtime.ops.OperationText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The SQL spelling of one database engine: how operations, identifiers and types are written.
 * Produces strings only; executing them is the JDBC layer's job.
 *
 * <p>Each engine is a small subclass in this package that overrides the package-private hooks
 * where its syntax departs from the standard form written here; the constructor is
 * package-private so that the set of dialects is closed.
 */
public abstract class Dialect {

  /** H2 2.x, the embedded default. DDL commits implicitly. */
  public static final Dialect H2 = new H2Dialect();

  /** PostgreSQL 12 and later. DDL is transactional: each version runs in one transaction. */
  public static final Dialect POSTGRESQL = new PostgresDialect();

  /** MySQL 8.0 and later. DDL commits implicitly. */
  public static final Dialect MYSQL = new MySqlDialect();

  /** MariaDB 10.7 and later (for its {@code uuid} type). DDL commits implicitly. */
  public static final Dialect MARIADB = new MariaDbDialect();

  private static final List<Dialect> ALL = List.of(H2, POSTGRESQL, MYSQL, MARIADB);

  private static final Pattern SIMPLE_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final EnumChecks enums = new EnumChecks(this);
  private final EnumTypes enumTypes = new EnumTypes(this);

  Dialect() {}

  /** Every dialect, in a fixed order: H2, PostgreSQL, MySQL, MariaDB. */
  public static List<Dialect> all() {
    return ALL;
  }

  /**
   * The dialect of that {@link #name()}, ignoring case, as in {@code postgresql}.
   *
   * @throws IllegalArgumentException listing the known names when none fits
   */
  public static Dialect named(String name) {
    Objects.requireNonNull(name, "name");
    return ALL.stream().filter(d -> d.name().equalsIgnoreCase(name.strip())).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no dialect is named '" + name
            + "'; known: " + ALL.stream().map(Dialect::name).collect(Collectors.joining(", "))));
  }

  /** The engine's name, as in {@code H2} or {@code PostgreSQL}. */
  public abstract String name();

  /**
   * The longest identifier the engine keeps: 63 bytes of UTF-8 on PostgreSQL (longer names are
   * cut silently), 64 characters on MySQL and MariaDB (longer names are refused), 256 on H2.
   * Names are rendered as the model holds them, never shortened here, so that the live schema
   * keeps the model's names; names must be made to fit where they are chosen.
   */
  public abstract int maxIdentifierLength();

  /**
   * The type a column declared with {@code type} has when read back from this engine, where the
   * engine widens or merges types: PostgreSQL has no {@code tinyint}, keeps both large-object
   * kinds as {@code oid} and binary strings as unbounded {@code bytea}. Two model types are the
   * same on this engine when their stored types are equal.
   */
  public final SqlType storedType(SqlType type) {
    Objects.requireNonNull(type, "type");
    return storedTypeOf(type);
  }

  /**
   * Whether the engine has sequences. MySQL has none; there Hibernate ORM stands in a one-row
   * table for each, which a migration cannot create without writing data, so a sequence
   * operation is refused on MySQL with {@link UnsupportedOperationException}.
   */
  public boolean hasSequences() {
    return true;
  }

  /** Whether DDL statements run inside a transaction that a rollback undoes. */
  public abstract boolean hasTransactionalDdl();

  /**
   * The SQL statements that perform one operation on a database whose schema is {@code before},
   * in execution order: normally exactly one, more when the engine needs several (such as
   * altering several aspects of a column), each leaving the schema valid. Statements have no
   * terminating semicolon.
   *
   * <p>An operation carries only what it changes; what else its SQL touches comes from {@code
   * before}. Renaming a table or a column also renames the check constraints of its enum columns,
   * which the schema lists. A caller that renders a series of operations passes each the schema
   * that the ones before it leave, {@link Operation#applyTo(Schema)}; an operation that needs no
   * context, such as creating a table, may be rendered against {@link Schema#EMPTY}.
   *
   * @param operation the operation to render
   * @param before the schema the operation applies to
   * @throws IllegalArgumentException when the operation's SQL depends on a table or column that
   *     {@code before} lacks
   * @throws UnsupportedOperationException for a sequence operation on an engine without
   *     sequences (see {@link #hasSequences()})
   */
  public final List<String> render(Operation operation, Schema before) {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(before, "before");
    return operation.accept(new SqlRenderer(this, before, List.of(), new TypeConstants()));
  }

  /**
   * The statements of each operation of one version, in order: the same as {@link #render} of
   * each against the schema the ones before it leave, except where knowing what follows in the
   * version's transaction changes the SQL. PostgreSQL cannot use an enum constant added by
   * {@code alter type … add value} in the transaction that added it, so when a later operation
   * or data step of the version may use it, the type is recreated instead.
   *
   * @param operations the operations of one version's upgrade or downgrade
   * @param before the schema the first operation applies to
   * @return one list of statements per operation, a data step's being a comment
   * @throws IllegalArgumentException as {@link #render}
   * @throws dev.schemata.runtime.ops.InapplicableOperationException when an operation does not
   *     apply to the schema the ones before it leave
   * @throws UnsupportedOperationException as {@link #render}
   */
  public final List<List<String>> renderVersion(List<Operation> operations, Schema before) {
    Objects.requireNonNull(operations, "operations");
    Objects.requireNonNull(before, "before");
    List<List<String>> statements = new ArrayList<>(operations.size());
    Schema schema = before;
    TypeConstants types = new TypeConstants();
    for (int i = 0; i < operations.size(); i++) {
      Operation operation = operations.get(i);
      statements.add(operation.accept(new SqlRenderer(this, schema,
          operations.subList(i + 1, operations.size()), types)));
      schema = operation.applyTo(schema);
    }
    return List.copyOf(statements);
  }

  /**
   * The identifier as it goes into SQL: as it is when it is a plain name that is not a keyword of
   * the engine, else quoted, with embedded quote characters doubled.
   */
  public final String quote(String identifier) {
    Objects.requireNonNull(identifier, "identifier");
    if (SIMPLE_IDENTIFIER.matcher(identifier).matches()
        && !isKeyword(identifier.toUpperCase(Locale.ROOT))) {
      return identifier;
    }
    String mark = String.valueOf(quoteCharacter());
    return mark + identifier.replace(mark, mark + mark) + mark;
  }

  /** The engine's name for a column type, as in {@code varchar(255)} or {@code numeric(19,2)}. */
  public final String typeName(SqlType type) {
    Objects.requireNonNull(type, "type");
    return typeNameOf(type);
  }

  /**
   * The engine's type of a column: {@link #typeName} of its type, except for a column holding an
   * enum by name on an engine with a native enum type, as in {@code enum ('A','B')}.
   */
  public final String columnTypeName(Column column) {
    Objects.requireNonNull(column, "column");
    return columnType(column);
  }

  @Override
  public String toString() {
    return name();
  }

  /** The engine's own answer to {@link #storedType}; most types come back as declared. */
  SqlType storedTypeOf(SqlType type) {
    return type;
  }

  /** Whether the upper-cased plain name is a keyword that must be quoted to be an identifier. */
  abstract boolean isKeyword(String upperCaseName);

  /** The character that delimits a quoted identifier. */
  char quoteCharacter() {
    return '"';
  }

  /** The standard SQL type names; engines override the kinds they spell differently. */
  String typeNameOf(SqlType type) {
    return switch (type.kind()) {
      case BOOLEAN -> "boolean";
      case TINYINT -> "tinyint";
      case SMALLINT -> "smallint";
      case INTEGER -> "integer";
      case BIGINT -> "bigint";
      case REAL -> "real";
      case DOUBLE -> "double precision";
      case DECIMAL -> "numeric(" + type.precision() + "," + type.scale() + ")";
      case CHAR -> "char(" + type.length() + ")";
      case VARCHAR -> "varchar(" + type.length() + ")";
      case CLOB -> "clob";
      case VARBINARY -> "varbinary(" + type.length() + ")";
      case BLOB -> "blob";
      case DATE -> "date";
      case TIME -> type.precision() > 0 ? "time(" + type.precision() + ")" : "time";
      case TIMESTAMP -> "timestamp(" + type.precision() + ")";
      case TIMESTAMP_TZ -> "timestamp(" + type.precision() + ") with time zone";
      case UUID -> "uuid";
    };
  }

  /** The clause that makes a column generated by the database, after its type. */
  String identityClause() {
    return "generated by default as identity";
  }

  /**
   * The engine's name for the type of a column: for an enum held by name, its named type where the
   * engine has those ({@link #hasNamedEnumTypes}) and the column names one, else a native type
   * listing the constants where the engine has one ({@link #hasNativeEnum}); otherwise the plain
   * type, which a check constraint restricts to the constants.
   */
  final String columnType(Column column) {
    if (enums().isNamedType(column)) {
      return quote(column.enumType());
    }
    return enums().isNative(column) ? enums().nativeType(column) : typeName(column.type());
  }

  /**
   * Whether the engine has a native type listing the constants of an enum held by name. Such a
   * type lists them sorted, as Hibernate ORM does, so that ordering by the column orders by name.
   */
  boolean hasNativeEnum() {
    return false;
  }

  /**
   * Whether columns that name an enum type ({@link Column#enumType()}) hold it as a type of its
   * own, which migrations create and drop; elsewhere the name is ignored.
   */
  boolean hasNamedEnumTypes() {
    return false;
  }

  /** The SQL of named enum types; none where the engine has no such types. */
  final EnumTypes enumTypes() {
    return enumTypes;
  }

  /** The clause of {@code ALTER TABLE} that drops a check which may be absent after an undo. */
  String dropCheckClause(String check) {
    return "drop constraint if exists " + quote(check);
  }

  /** The SQL of enum columns in this dialect. */
  final EnumChecks enums() {
    return enums;
  }

  /** A column definition as in {@code CREATE TABLE} and {@code ADD COLUMN}. */
  String columnDefinition(Column column) {
    StringBuilder sql = new StringBuilder(quote(column.name())).append(' ')
        .append(columnType(column));
    if (column.defaultValue() != null) {
      sql.append(" default ").append(column.defaultValue());
    }
    if (column.identity()) {
      sql.append(' ').append(identityClause());
    }
    if (!column.nullable()) {
      sql.append(" not null");
    }
    return sql.toString();
  }

  /**
   * Renames a table; the check constraints of its enum columns, named after the table, are
   * renamed with it.
   */
  List<String> renameTable(Table table, String newName) {
    List<String> sql = new ArrayList<>();
    sql.add("alter table " + quote(table.name()) + " rename to " + quote(newName));
    for (Column column : table.columns()) {
      sql.addAll(enums().rename(column, table.name(), newName, column.name()));
    }
    return sql;
  }

  /**
   * Renames a column of {@code table}, as {@code column} defines it before; an enum column's
   * check constraint, named after the column, is renamed with it.
   */
  List<String> renameColumn(String table, Column column, String newName) {
    List<String> sql = new ArrayList<>();
    sql.add(renameColumnStatement(table, column.name(), newName));
    sql.addAll(enums().rename(column, table, table, newName));
    return sql;
  }

  /** {@code ALTER TABLE … RENAME COLUMN}, which engines spell differently. */
  String renameColumnStatement(String table, String column, String newName) {
    return "alter table " + quote(table) + " rename column " + quote(column) + " to "
        + quote(newName);
  }

  /** Drops an index; on most engines index names are unique per schema. */
  String dropIndex(String table, String index) {
    return "drop index " + quote(index);
  }

  /** Drops a unique constraint. */
  String dropUniqueConstraint(String table, String constraint) {
    return "alter table " + quote(table) + " drop constraint " + quote(constraint);
  }

  /** Adds a foreign key. */
  String addForeignKey(String table, ForeignKey key) {
    return "alter table " + quote(table) + " add constraint " + quote(key.name())
        + " foreign key " + list(key.columns()) + " references " + quote(key.referencedTable())
        + " " + list(key.referencedColumns());
  }

  /** Drops a foreign key. */
  String dropForeignKey(String table, ForeignKey key) {
    return "alter table " + quote(table) + " drop constraint " + quote(key.name());
  }

  /** Refuses a sequence operation where the engine has no sequences. */
  final void requireSequences(Operation operation) {
    if (!hasSequences()) {
      throw new UnsupportedOperationException(name() + " has no sequences, so \""
          + OperationText.of(operation) + "\" cannot run on it;"
          + " on " + name() + " map generated ids with @GeneratedValue(strategy = IDENTITY)"
          + " or TABLE instead of SEQUENCE or AUTO");
    }
  }

  /** A parenthesised list of quoted column names. */
  final String list(List<String> columns) {
    return columns.stream().map(this::quote).collect(Collectors.joining(", ", "(", ")"));
  }

  /**
   * The statements that take a column from {@code op.from()} to {@code op.to()}. Each statement
   * sets one aspect to its final value, so running the inverse's statements after only some of
   * these ran still reaches {@code op.from()}. A column made NOT NULL with a default first gets
   * that default in the rows holding NULL (see {@link #fillNulls}).
   */
  abstract List<String> alterColumn(AlterColumn op);

  /**
   * Before a column becomes NOT NULL, the statement that gives its default to the rows holding
   * NULL, so that setting NOT NULL cannot fail on them; none when the column stays nullable, was
   * NOT NULL already, or has no default. The inverse relaxes the column and leaves the filled
   * rows as they are: they held no value before, so nothing is lost.
   */
  final List<String> fillNulls(AlterColumn op) {
    Column to = op.to();
    if (!op.from().nullable() || to.nullable() || to.defaultValue() == null) {
      return List.of();
    }
    String column = quote(to.name());
    return List.of("update " + quote(op.table()) + " set " + column + " = "
        + to.defaultValue() + " where " + column + " is null");
  }
}
