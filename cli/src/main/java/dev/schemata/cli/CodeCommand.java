package dev.schemata.cli;

import dev.schemata.runtime.Migrator;
import dev.schemata.runtime.MigratorConfiguration;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that needs the application's migrations: finds them and prints its result. */
abstract class CodeCommand implements Callable<Integer> {
  // Held in a field: the logging framework keeps loggers only weakly.
  private static final Logger RUNTIME_LOG = Logger.getLogger("dev.schemata.runtime");

  @Mixin
  OutputOptions output;

  @Mixin
  CodeOptions code;

  @Spec
  CommandSpec spec;

  private ClassLoader loader;

  @Override
  public final Integer call() {
    // The command prints what the runtime logs, in its own words.
    RUNTIME_LOG.setLevel(output.verbose ? Level.INFO : Level.WARNING);
    return run();
  }

  /** Does the command's work and returns its exit code. */
  abstract int run();

  /** The password given, to mask in messages; none for commands without a database. */
  String password() {
    return null;
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  Style style() {
    return output.style();
  }

  /** The application's class loader, made once. */
  ClassLoader loader() {
    if (loader == null) {
      loader = code.classLoader();
      Thread.currentThread().setContextClassLoader(loader);
    }
    return loader;
  }

  /** A configuration that finds the migrations on the application's class loader. */
  MigratorConfiguration configure() {
    return Migrator.configure().classLoader(loader());
  }
}
