package dev.schemata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starts the real executable jar as a process, as an operator would, and collects its output. */
final class CliProcess {
  static final Path JAR = Path.of(System.getProperty("schemata.cli.jar",
      "target/schemata-cli.jar")).toAbsolutePath();
  static final Path EXAMPLE = Path.of(System.getProperty("schemata.example.jar",
      "../example-app/target/schemata-example-app.jar")).toAbsolutePath();

  private final Path workingDirectory;
  private final Map<String, String> environment = new HashMap<>();

  CliProcess(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  /** Sets an environment variable for later runs. */
  CliProcess env(String name, String value) {
    environment.put(name, value);
    return this;
  }

  /** How one run ended. */
  record Run(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
    }
  }

  Run run(String... args) {
    // Start-up flags for short runs only: they change nothing the command does.
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-XX:TieredStopAtLevel=1",
        "-XX:+UseSerialGC", "-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
    builder.environment().keySet().removeIf(name -> name.startsWith("SCHEMATA_")
        || name.equals("NO_COLOR"));
    builder.environment().putAll(environment);
    try {
      Path out = Files.createTempFile(workingDirectory, "out", ".txt");
      Path err = Files.createTempFile(workingDirectory, "err", ".txt");
      Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
          .start();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();
      Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
      // Output that is not a terminal never carries colour codes.
      assertThat(run.out() + run.err()).doesNotContain("\u001b[");
      return run;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
