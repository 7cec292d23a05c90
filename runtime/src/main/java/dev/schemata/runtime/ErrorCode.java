package dev.schemata.runtime;

/** What went wrong, as carried by a {@link SchemataException}. */
public enum ErrorCode {
  /** No migration index was found on the class loader: the processor did not run. */
  NO_MIGRATIONS,
  /** More than one migration index was found; the application must pick one. */
  MULTIPLE_INDEXES,
  /** The migration index lists versions out of order or twice. */
  INVALID_MIGRATIONS,
  /** A generated migration class does not match its checksum or inverse: rebuild. */
  STALE_MIGRATION,
  /** An applied version's operations differ from the code's. */
  CHECKSUM_MISMATCH,
  /** A version is recorded as failed, with part of it left in the database. */
  FAILED_VERSION,
  /** The database has versions that the code does not know. */
  DATABASE_AHEAD,
  /** The history lacks a version below the highest applied one. */
  MISSING_VERSION,
  /** A version was asked for that the code does not have. */
  UNKNOWN_VERSION,
  /** A downgrade target above the current version. */
  INVALID_TARGET,
  /** Another process held the schema lock for the whole timeout. */
  LOCK_TIMEOUT,
  /** A statement failed; the version was undone and the history is unchanged. */
  MIGRATION_FAILED,
  /** A statement failed and so did undoing the version; it is recorded as failed. */
  UNDO_FAILED,
  /** No dialect is known for the database product. */
  UNSUPPORTED_DATABASE,
  /** The database failed outside of a migration's own statements. */
  DATABASE_ERROR,
  /** The live schema differs from the one the history says it has, so a baseline is refused. */
  SCHEMA_MISMATCH,
  /** A baseline was asked for on a database whose history already has versions. */
  HISTORY_NOT_EMPTY,
  /** The Migrator was configured without something a verb needs. */
  INVALID_CONFIGURATION
}
