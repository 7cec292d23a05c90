package dev.schemata.runtime.dialect;

/**
 * MariaDB 10.7 and later: MySQL's syntax, with a native {@code uuid} type as Hibernate uses, and
 * sequences in the standard syntax.
 */
final class MariaDbDialect extends MySqlDialect {

  @Override
  public String name() {
    return "MariaDB";
  }

  @Override
  public boolean hasSequences() {
    return true;
  }

  /** MariaDB drops a check by the standard clause, absent or not. */
  @Override
  String dropCheckClause(String check) {
    return "drop constraint if exists " + quote(check);
  }

  @Override
  String uuidType() {
    return "uuid";
  }
}
