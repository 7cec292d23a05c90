package dev.schemata.runtime;

import dev.schemata.runtime.jdbc.HistoryEntry;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.ops.Checksum;
import dev.schemata.runtime.ops.InapplicableOperationException;
import dev.schemata.runtime.ops.Operation;
import dev.schemata.runtime.ops.VersionedMigration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** The application's migrations by version, as its index lists them. */
final class Migrations {
  private final TreeMap<Integer, VersionedMigration> byVersion;
  private final Set<Integer> verified = ConcurrentHashMap.newKeySet();
  // The schema after each version folded so far; only verbs with work to do fill it.
  private final TreeMap<Integer, Schema> schemas = new TreeMap<>();

  private Migrations(TreeMap<Integer, VersionedMigration> byVersion) {
    this.byVersion = byVersion;
  }

  static Migrations of(List<VersionedMigration> listed, String indexName) {
    TreeMap<Integer, VersionedMigration> byVersion = new TreeMap<>();
    int previous = 0;
    for (VersionedMigration migration : listed) {
      if (migration.version() <= previous) {
        throw new SchemataException(ErrorCode.INVALID_MIGRATIONS, "The migration index "
            + indexName + " lists version " + migration.version() + " after version " + previous
            + "; versions must ascend without repeats. Rebuild so the processor regenerates it.");
      }
      previous = migration.version();
      byVersion.put(migration.version(), migration);
    }
    return new Migrations(byVersion);
  }

  int head() {
    return byVersion.isEmpty() ? 0 : byVersion.lastKey();
  }

  Optional<VersionedMigration> get(int version) {
    return Optional.ofNullable(byVersion.get(version));
  }

  boolean contains(int version) {
    return byVersion.containsKey(version);
  }

  List<VersionedMigration> all() {
    return List.copyOf(byVersion.values());
  }

  /** The versions above {@code from} up to {@code to}, ascending. */
  List<VersionedMigration> between(int from, int to) {
    return List.copyOf(byVersion.subMap(from, false, to, true).values());
  }

  /** Whether the history holds exactly the code's versions, all successful, with their sums. */
  boolean matches(List<HistoryEntry> history) {
    if (history.size() != byVersion.size()) {
      return false;
    }
    int i = 0;
    for (VersionedMigration migration : byVersion.values()) {
      HistoryEntry entry = history.get(i++);
      if (!entry.success() || entry.version() != migration.version()
          || !entry.checksum().equals(migration.checksum())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks that a generated class still matches what it was generated from: the checksum of its
   * upgrade, and a downgrade that is the exact inverse of it.
   */
  void verify(VersionedMigration migration) {
    if (verified.contains(migration.version())) {
      return;
    }
    List<Operation> upgrade = migration.upgradeOperations();
    String actual = Checksum.of(upgrade);
    if (!actual.equals(migration.checksum())) {
      throw Errors.stale(migration, "its upgrade operations have checksum " + actual
          + " but the index records " + migration.checksum());
    }
    List<Operation> expectedDowngrade = new ArrayList<>();
    upgrade.forEach(op -> expectedDowngrade.add(op.inverse()));
    Collections.reverse(expectedDowngrade);
    if (!expectedDowngrade.equals(migration.downgradeOperations())) {
      throw Errors.stale(migration,
          "its downgrade is not the inverse of its upgrade in reverse order");
    }
    verified.add(migration.version());
  }

  void verifyAll(List<VersionedMigration> migrations) {
    migrations.forEach(this::verify);
  }

  /** The highest version below {@code version}, 0 when there is none. */
  int before(int version) {
    Integer lower = byVersion.lowerKey(version);
    return lower == null ? 0 : lower;
  }

  /**
   * The schema after the upgrades of every version up to {@code version}, from the empty schema:
   * what a database at that version has, and what the operations of the next version apply to.
   * Kept, so that moving through many versions folds each one once.
   *
   * Each version folded is {@link #verify verified} first.
   *
   * @throws SchemataException when a version is stale, or its upgrade does not apply to the
   *     versions before it
   */
  synchronized Schema schemaAt(int version) {
    Map.Entry<Integer, Schema> known = schemas.floorEntry(version);
    int from = known == null ? 0 : known.getKey();
    Schema schema = known == null ? Schema.EMPTY : known.getValue();
    for (VersionedMigration migration : between(from, version)) {
      verify(migration);
      for (Operation operation : migration.upgradeOperations()) {
        try {
          schema = operation.applyTo(schema);
        } catch (InapplicableOperationException e) {
          throw Errors.stale(migration, "its upgrade does not apply to the schema of the"
              + " versions before it (" + e.getMessage() + ")");
        }
      }
      schemas.put(migration.version(), schema);
    }
    return schema;
  }
}
