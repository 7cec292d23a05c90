package dev.schemata.cli;

/** The process exit codes, as documented for operators. */
final class ExitCode {
  /** The command did what was asked, and a check found nothing wrong. */
  static final int OK = 0;
  /** A check found differences: not at head, a schema that drifted, a baseline refused. */
  static final int DIFFERENCES = 1;
  /** The command line was wrong: an unknown option, a missing or malformed value. */
  static final int USAGE = 2;
  /** The database could not be reached, refused the credentials, or failed. */
  static final int DATABASE = 3;
  /** The setup does not fit: no migrations found, no driver, an unknown version or target. */
  static final int SETUP = 4;
  /** The history needs an operator: a failed or changed version, a gap, unknown versions. */
  static final int HISTORY = 5;
  /** A migration or downgrade failed, or another process held the lock too long. */
  static final int FAILED = 6;
  /** A downgrade was not confirmed. */
  static final int CANCELLED = 7;
  /** A bug in Schemata; the message asks to report it. */
  static final int INTERNAL = 70;

  private ExitCode() {}
}
