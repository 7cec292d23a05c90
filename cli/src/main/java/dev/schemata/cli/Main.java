package dev.schemata.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import picocli.CommandLine;

/** The entry point of the {@code schemata} command line. */
public final class Main {
  private Main() {}

  /** Runs one command and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String... args) {
    Charset charset = Charset.defaultCharset();
    return commandLine(new PrintWriter(new java.io.OutputStreamWriter(System.out, charset), true),
        new PrintWriter(new java.io.OutputStreamWriter(System.err, charset), true))
        .execute(args);
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new SchemataCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(new ErrorReporter());
    return commandLine;
  }
}
