package dev.schemata.runtime.ops;

/**
 * One schema version's change, in both directions. Implemented by the classes the processor
 * generates; {@code downgrade} records the exact inverses of {@code upgrade}'s operations in
 * reverse order.
 */
public interface Migration {

  /** Records the operations that take the schema from the parent version to this one. */
  void upgrade(SchemaChange change);

  /** Records the operations that take the schema from this version back to its parent. */
  void downgrade(SchemaChange change);
}
