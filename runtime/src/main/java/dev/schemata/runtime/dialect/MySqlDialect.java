package dev.schemata.runtime.dialect;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.ops.AlterColumn;
import java.util.List;
import java.util.Objects;

/**
 * MySQL 8. DDL commits implicitly, so a failed version is undone by inverse operations. Types
 * follow Hibernate ORM 6 on MySQL: {@code bit} for booleans, {@code datetime} without and {@code
 * timestamp} with time zone, {@code longtext} and {@code longblob} for large objects.
 *
 * <p>MySQL needs an index on the columns of every foreign key and makes one, named after the key,
 * unless some index already fits; dropping the key keeps that index. So that adding and dropping
 * a key always leave the same schema, the key's index is created and dropped with it, under the
 * key's name.
 */
class MySqlDialect extends Dialect {

  @Override
  public String name() {
    return "MySQL";
  }

  @Override
  public boolean hasTransactionalDdl() {
    return false;
  }

  @Override
  public int maxIdentifierLength() {
    return 64;
  }

  /** MySQL 8 has no sequences; MariaDB has them since 10.3. */
  @Override
  public boolean hasSequences() {
    return false;
  }

  @Override
  boolean isKeyword(String upperCaseName) {
    return MySqlKeywords.contains(upperCaseName);
  }

  @Override
  char quoteCharacter() {
    return '`';
  }

  @Override
  String typeNameOf(SqlType type) {
    return switch (type.kind()) {
      case BOOLEAN -> "bit";
      case REAL -> "float";
      case DECIMAL -> "decimal(" + type.precision() + "," + type.scale() + ")";
      case CLOB -> "longtext";
      case BLOB -> "longblob";
      case TIME -> "time(" + type.precision() + ")";
      case TIMESTAMP -> "datetime(" + type.precision() + ")";
      case TIMESTAMP_TZ -> "timestamp(" + type.precision() + ")";
      case UUID -> uuidType();
      default -> super.typeNameOf(type);
    };
  }

  /** MySQL has no UUID type; Hibernate keeps the 16 bytes. */
  String uuidType() {
    return "binary(16)";
  }

  @Override
  boolean hasNativeEnum() {
    return true;
  }

  /** MySQL has no {@code if exists} for constraints; {@code drop check} names only checks. */
  @Override
  String dropCheckClause(String check) {
    return "drop check " + quote(check);
  }

  @Override
  String identityClause() {
    return "auto_increment";
  }

  /*
   * An explicit NULL keeps a nullable timestamp column from getting MySQL's implicit
   * "default current_timestamp on update current_timestamp" where explicit_defaults_for_timestamp
   * is off.
   */
  @Override
  String columnDefinition(Column column) {
    String definition = super.columnDefinition(column);
    return column.nullable() && column.type().kind() == SqlType.Kind.TIMESTAMP_TZ
        ? definition + " null" : definition;
  }

  /**
   * MySQL has no rename for a check constraint, and refuses to rename a column that a check
   * uses: the check is dropped before the rename and added after, all in one statement, so that
   * it is never half done. MariaDB would rename the column inside the check by itself, but keep
   * the check's old name, so it takes the same statement.
   */
  @Override
  List<String> renameColumn(String table, Column column, String newName) {
    if (!enums().hasCheck(column)) {
      return super.renameColumn(table, column, newName);
    }
    return List.of("alter table " + quote(table) + " "
        + dropCheckClause(enums().name(table, column.name())) + ", rename column "
        + quote(column.name()) + " to " + quote(newName) + ", add "
        + enums().constraint(table, column.renamed(newName)));
  }

  /** The checks of enum columns are dropped and added under the new name with the rename. */
  @Override
  List<String> renameTable(Table table, String newName) {
    StringBuilder sql = new StringBuilder("alter table ").append(quote(table.name()))
        .append(" rename to ").append(quote(newName));
    for (Column column : table.columns()) {
      String check = enums().name(table.name(), column.name());
      if (enums().hasCheck(column) && !check.equals(enums().name(newName, column.name()))) {
        sql.append(", ").append(dropCheckClause(check)).append(", add ")
            .append(enums().constraint(newName, column));
      }
    }
    return List.of(sql.toString());
  }

  @Override
  String dropIndex(String table, String index) {
    return "drop index " + quote(index) + " on " + quote(table);
  }

  @Override
  String dropUniqueConstraint(String table, String constraint) {
    return "alter table " + quote(table) + " drop index " + quote(constraint);
  }

  @Override
  String addForeignKey(String table, ForeignKey key) {
    return "alter table " + quote(table) + " add index " + quote(key.name()) + " "
        + list(key.columns()) + ", add constraint " + quote(key.name()) + " foreign key "
        + list(key.columns()) + " references " + quote(key.referencedTable()) + " "
        + list(key.referencedColumns());
  }

  @Override
  String dropForeignKey(String table, ForeignKey key) {
    return "alter table " + quote(table) + " drop foreign key " + quote(key.name())
        + ", drop index " + quote(key.name());
  }

  /**
   * One full redefinition, so nullability, default and auto-increment are all kept as given. In
   * strict mode a stored value that the new enum type lacks fails the statement, which changes
   * nothing then. A changed check constraint is dropped and added in the same statement, so that
   * it is never half done. Rows holding NULL in a column made NOT NULL get its default first,
   * since the redefinition would refuse them in strict mode (and give them the type's implicit
   * default otherwise); when the type or constants change too, the column is first redefined
   * still accepting NULL, so that the default may be a value only the new definition holds.
   */
  @Override
  List<String> alterColumn(AlterColumn op) {
    List<String> fill = fillNulls(op);
    if (fill.isEmpty()) {
      return List.of(redefine(op.table(), op.from(), op.to()));
    }
    Column from = op.from();
    Column to = op.to();
    if (from.type().equals(to.type()) && from.values().equals(to.values())) {
      return List.of(fill.get(0), redefine(op.table(), from, to));
    }
    Column open = new Column(to.name(), to.type(), true, to.defaultValue(), to.identity(),
        to.values(), to.enumType());
    return List.of(redefine(op.table(), from, open), fill.get(0),
        redefine(op.table(), open, to));
  }

  private String redefine(String table, Column from, Column to) {
    StringBuilder sql = new StringBuilder("alter table ").append(quote(table));
    String before = enums().condition(from);
    String after = enums().condition(to);
    boolean checkChanges = !Objects.equals(before, after);
    if (checkChanges && before != null) {
      sql.append(' ').append(dropCheckClause(enums().name(table, from.name()))).append(',');
    }
    sql.append(" modify column ").append(columnDefinition(to));
    if (checkChanges && after != null) {
      sql.append(", add ").append(enums().constraint(table, to));
    }
    return sql.toString();
  }
}
