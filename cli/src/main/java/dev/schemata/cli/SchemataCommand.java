package dev.schemata.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code schemata}: the commands, each a thin layer over one verb of the Migrator. */
@Command(name = "schemata", mixinStandardHelpOptions = true,
    versionProvider = SchemataCommand.Version.class,
    description = "Migrates, inspects and repairs a database with the migrations that Schemata"
        + " generated into an application.",
    subcommands = {StatusCommand.class, HistoryCommand.class, MigrateCommand.class,
        DowngradeCommand.class, ScriptCommand.class, ValidateCommand.class,
        BaselineCommand.class, RepairCommand.class},
    footer = {"", "Exit codes: 0 ok, 1 differences found (not at head, drift), 2 usage,"
        + " 3 database unreachable or failed, 4 setup (no migrations, no driver, unknown"
        + " version), 5 history needs repair, 6 migration failed, 7 not confirmed,"
        + " 70 internal error."})
final class SchemataCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: give one of "
        + String.join(", ", spec.subcommands().keySet().stream()
            .filter(name -> spec.subcommands().get(name).getCommandName().equals(name))
            .toList()) + ".");
  }

  /** The version from the jar's manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"schemata " + (version == null ? "(development build)" : version)};
    }
  }
}
