package dev.schemata.runtime;

/** Where one version stands, comparing the code's migrations with the database's history. */
public enum VersionState {
  /** Applied, with the same operations as the code's. */
  APPLIED,
  /** In the code, not yet applied. */
  PENDING,
  /** Recorded as failed: part of it was left in the database and must be repaired. */
  FAILED,
  /** Applied, but the code's operations for it have changed since. */
  CHECKSUM_CHANGED,
  /** Applied, but unknown to the code: the database is ahead of this application. */
  FUTURE
}
