package dev.schemata.cli;

import java.util.regex.Pattern;

/** Keeps passwords out of everything the command line prints. */
final class Redaction {
  private static final String MASK = "****";
  private static final Pattern URL_PASSWORD =
      Pattern.compile("(?i)(password\\s*=\\s*)[^;&?\\s]*");
  private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s]*:)[^@/\\s]*@");

  private Redaction() {}

  /** A JDBC URL with any password in it masked, for display. */
  static String url(String url) {
    if (url == null) {
      return null;
    }
    String masked = URL_PASSWORD.matcher(url).replaceAll("$1" + MASK);
    return USER_INFO.matcher(masked).replaceAll("$1" + MASK + "@");
  }

  /** A message with URL passwords and the given password masked wherever they appear. */
  static String text(String text, String password) {
    if (text == null) {
      return "";
    }
    String masked = url(text);
    // Very short passwords would mask ordinary words; they are masked in URLs all the same.
    if (password != null && password.length() >= 4) {
      masked = masked.replace(password, MASK);
    }
    return masked;
  }
}
