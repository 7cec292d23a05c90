package desk;

/** Declared out of alphabetical order: the type lists the constants sorted. */
public enum Status {
  OPEN,
  WAITING,
  CLOSED
}
