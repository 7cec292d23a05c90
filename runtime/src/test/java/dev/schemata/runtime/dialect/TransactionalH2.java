package dev.schemata.runtime.dialect;

import dev.schemata.runtime.ops.AlterColumn;
import java.util.List;

/**
 * H2's spelling under the claim that its DDL is transactional, so that the executor's
 * one-transaction-per-version path can run on H2. H2 still commits DDL, so tests use it only for
 * what a rollback does undo on H2: the history row.
 */
public final class TransactionalH2 extends Dialect {
  /** The one instance. */
  public static final Dialect INSTANCE = new TransactionalH2();

  private TransactionalH2() {}

  @Override
  public String name() {
    return "H2 (transactional, for tests)";
  }

  @Override
  public boolean hasTransactionalDdl() {
    return true;
  }

  @Override
  public int maxIdentifierLength() {
    return H2.maxIdentifierLength();
  }

  @Override
  boolean isKeyword(String upperCaseName) {
    return H2.isKeyword(upperCaseName);
  }

  @Override
  String renameColumnStatement(String table, String column, String newName) {
    return H2.renameColumnStatement(table, column, newName);
  }

  @Override
  List<String> alterColumn(AlterColumn op) {
    return H2.alterColumn(op);
  }
}
