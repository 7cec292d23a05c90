package dev.schemata.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Which database to connect to. Each setting comes from its option, else its environment
 * variable ({@code SCHEMATA_URL}, {@code SCHEMATA_USER}, {@code SCHEMATA_PASSWORD}), else the
 * properties file given with {@code --config} ({@code url}, {@code user}, {@code password}).
 */
final class ConnectionOptions {
  @Option(names = "--url", paramLabel = "JDBC-URL",
      description = "The database, as in jdbc:h2:file:./data/app. Else $SCHEMATA_URL.")
  String url;

  @Option(names = "--user", description = "The database user. Else $SCHEMATA_USER.")
  String user;

  @Option(names = "--password", arity = "0..1", interactive = true,
      description = "The password; given without a value, it is asked for without echo."
          + " Else $SCHEMATA_PASSWORD.")
  String password;

  @Option(names = "--config", paramLabel = "FILE",
      description = "A properties file with url, user and password.")
  Path config;

  /** The settings from options, environment and file, in that order of precedence. */
  ConnectionSettings settings() {
    return ConnectionSettings.resolve(url, user, password, System.getenv(), config);
  }
}
