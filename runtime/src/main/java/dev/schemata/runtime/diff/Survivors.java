package dev.schemata.runtime.diff;

import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Index;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.model.UniqueConstraint;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which indexes, unique constraints and foreign keys of the old schema stay in place.
 * Everything else is dropped before the tables and columns change, and what the new schema holds
 * is created after them.
 */
final class Survivors {
  private final SchemaPairing pairing;

  Survivors(SchemaPairing pairing) {
    this.pairing = pairing;
  }

  /** Whether the index stays: its table is kept and holds the very same index afterwards. */
  boolean keepsIndex(Table table, Index index) {
    return pairing.kept(table.name())
        .map(pair -> pair.to().index(index.name()).equals(Optional.of(index)))
        .orElse(false);
  }

  /** Whether the unique constraint stays, by the same rule as indexes. */
  boolean keepsUnique(Table table, UniqueConstraint unique) {
    return pairing.kept(table.name())
        .map(pair -> pair.to().uniqueConstraint(unique.name()).equals(Optional.of(unique)))
        .orElse(false);
  }

  /**
   * Whether the foreign key stays. Besides being unchanged, the columns on both of its ends must
   * keep their types (databases refuse to change the type of a column in a foreign key), and the
   * unique key it references must stay (databases refuse to drop a key that a foreign key uses).
   */
  boolean keepsForeignKey(Table table, ForeignKey key) {
    Optional<TablePair> own = pairing.kept(table.name());
    Optional<TablePair> referenced = pairing.kept(key.referencedTable());
    if (own.isEmpty() || referenced.isEmpty()
        || !own.get().to().foreignKey(key.name()).equals(Optional.of(key))) {
      return false;
    }
    Set<String> ownTypeChanges = own.get().typeChangedColumns();
    Set<String> referencedTypeChanges = referenced.get().typeChangedColumns();
    return key.columns().stream().noneMatch(ownTypeChanges::contains)
        && key.referencedColumns().stream()
            .noneMatch(c -> referencedTypeChanges.contains(c) || referenced.get().drops(c))
        && !losesReferencedKey(referenced.get().from(), key.referencedColumns());
  }

  private boolean losesReferencedKey(Table referenced, List<String> columns) {
    Set<String> wanted = new HashSet<>(columns);
    boolean uniqueDropped = referenced.uniqueConstraints().stream()
        .anyMatch(u -> new HashSet<>(u.columns()).equals(wanted) && !keepsUnique(referenced, u));
    boolean indexDropped = referenced.indexes().stream()
        .anyMatch(i -> i.unique() && new HashSet<>(i.columns()).equals(wanted)
            && !keepsIndex(referenced, i));
    return uniqueDropped || indexDropped;
  }
}
