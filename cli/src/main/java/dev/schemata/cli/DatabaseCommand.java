package dev.schemata.cli;

import dev.schemata.runtime.Migrator;
import picocli.CommandLine.Mixin;

/** A command that works on a database: connects as the connection options say. */
abstract class DatabaseCommand extends CodeCommand {
  @Mixin
  ConnectionOptions connection;

  private ConnectionSettings settings;

  ConnectionSettings settings() {
    if (settings == null) {
      settings = connection.settings();
    }
    return settings;
  }

  @Override
  String password() {
    return settings().password();
  }

  /** The URL for display, with any password masked. */
  String displayUrl() {
    return Redaction.url(settings().url());
  }

  /** A Migrator on the application's migrations and the database. */
  Migrator migrator() {
    settings().requireUrl(spec.name());
    return configure().dataSource(DriverDataSource.of(settings(), loader())).load();
  }
}
