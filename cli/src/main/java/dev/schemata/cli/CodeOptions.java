package dev.schemata.cli;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/** Where the application's migrations and extra JDBC drivers are: options of every command. */
final class CodeOptions {
  @Option(names = {"--classpath", "-cp"}, paramLabel = "PATH",
      description = "The application's jar and libraries, separated by ':' (';' on Windows)"
          + "; 'dir/*' takes every jar in dir. Its generated migration index is found through"
          + " ServiceLoader, as the application finds it.")
  String classpath;

  @Option(names = "--driver-path", paramLabel = "PATH", description = "Jars of JDBC drivers to"
      + " add to the bundled ones (H2, PostgreSQL, MySQL, MariaDB), in the same form.")
  String driverPath;

  /** The class path as given, for messages. */
  String describe() {
    return classpath == null ? "no --classpath given" : classpath;
  }

  /** A class loader over the given jars, whose parent is the command line's own. */
  ClassLoader classLoader() {
    List<URL> urls = new ArrayList<>();
    urls.addAll(entries("--classpath", classpath));
    urls.addAll(entries("--driver-path", driverPath));
    ClassLoader own = CodeOptions.class.getClassLoader();
    return urls.isEmpty() ? own
        : new URLClassLoader("schemata-application", urls.toArray(URL[]::new), own);
  }

  private static List<URL> entries(String option, String path) {
    List<URL> urls = new ArrayList<>();
    if (path == null || path.isBlank()) {
      return urls;
    }
    for (String entry : path.split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      if (entry.equals("*") || entry.endsWith("/*") || entry.endsWith(File.separator + "*")) {
        urls.addAll(jarsIn(option, Path.of(entry.substring(0, entry.length() - 1)
            + (entry.equals("*") ? "." : ""))));
      } else {
        urls.add(url(option, Path.of(entry)));
      }
    }
    return urls;
  }

  private static List<URL> jarsIn(String option, Path directory) {
    if (!Files.isDirectory(directory)) {
      throw missing(option, directory);
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted()
          .map(f -> url(option, f)).toList();
    } catch (IOException e) {
      throw new CliException(ExitCode.SETUP, "Cannot list " + directory + " from " + option
          + ": " + e.getMessage(), e);
    }
  }

  private static URL url(String option, Path entry) {
    if (!Files.exists(entry)) {
      throw missing(option, entry);
    }
    try {
      return entry.toAbsolutePath().toUri().toURL();
    } catch (MalformedURLException e) {
      throw new CliException(ExitCode.SETUP, "Cannot use " + entry + " from " + option + ": "
          + e.getMessage(), e);
    }
  }

  private static CliException missing(String option, Path entry) {
    return new CliException(ExitCode.SETUP, "The " + option + " entry " + entry
        + " does not exist. Check the path; it is relative to " + Path.of("").toAbsolutePath()
        + ".");
  }
}
