package dev.schemata.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where and as whom to connect. The password is never part of {@link #toString()}.
 *
 * @param url the JDBC URL, or {@code null} when none was given anywhere
 * @param user the user, or {@code null}
 * @param password the password, or {@code null}
 */
record ConnectionSettings(String url, String user, String password) {

  static ConnectionSettings resolve(String url, String user, String password,
      Map<String, String> environment, Path file) {
    Properties properties = file == null ? new Properties() : load(file);
    return new ConnectionSettings(
        first(url, environment.get("SCHEMATA_URL"), properties.getProperty("url")),
        first(user, environment.get("SCHEMATA_USER"), properties.getProperty("user")),
        first(password, environment.get("SCHEMATA_PASSWORD"),
            properties.getProperty("password")));
  }

  /** The URL, or a usage error that says where to give it. */
  String requireUrl(String command) {
    if (url == null || url.isBlank()) {
      throw new CliException(ExitCode.USAGE, command + " needs a database: pass --url"
          + " JDBC-URL, set SCHEMATA_URL, or put url= in a file given with --config.");
    }
    return url;
  }

  @Override
  public String toString() {
    return Redaction.url(url) + (user == null ? "" : " as " + user);
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static Properties load(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new CliException(ExitCode.SETUP, "Cannot read the --config file " + file + ": "
          + e.getMessage() + ". Check the path and that it is readable.", e);
    }
    return properties;
  }
}
