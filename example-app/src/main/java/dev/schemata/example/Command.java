package dev.schemata.example;

/**
 * The example's command line.
 *
 * @param verb migrate, status or downgrade
 * @param target the version to downgrade to
 * @param url the JDBC URL of the database
 * @param user the database user, or {@code null} to take it from the URL
 * @param password the user's password, or {@code null} to take it from the URL
 */
record Command(String verb, int target, String url, String user, String password) {
  static final String USAGE = "usage: [migrate | status | downgrade VERSION] [--url JDBC-URL]"
      + " [--user USER] [--password PASSWORD]";

  static Command parse(String[] args) {
    String verb = "migrate";
    int target = -1;
    String url = ExampleApp.DEFAULT_URL;
    String user = null;
    String password = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "migrate", "status" -> verb = args[i];
        case "downgrade" -> {
          verb = "downgrade";
          target = number(args, ++i);
        }
        case "--url" -> url = value(args, ++i);
        case "--user" -> user = value(args, ++i);
        case "--password" -> password = value(args, ++i);
        default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; "
            + USAGE);
      }
    }
    return new Command(verb, target, url, user, password);
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value; " + USAGE);
    }
    return args[i];
  }

  private static int number(String[] args, int i) {
    String text = value(args, i);
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("downgrade needs a version number, not " + text + "; "
          + USAGE);
    }
  }
}
