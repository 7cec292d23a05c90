package dev.schemata.cli;

import picocli.CommandLine.Option;

/** How results are printed: options every command takes. */
final class OutputOptions {
  @Option(names = "--json", description = "Print the result as JSON, for scripts.")
  boolean json;

  @Option(names = "--verbose", description = "Show the runtime's log and, on errors, the stack"
      + " trace.")
  boolean verbose;

  @Option(names = "--no-color", description = "Never colour the output (it is coloured only on a"
      + " terminal, and never when NO_COLOR is set).")
  boolean noColor;

  Style style() {
    return Style.of(!noColor && !json && System.console() != null
        && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM")));
  }
}
