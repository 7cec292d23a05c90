package dev.schemata.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Whole javac processes over the same generated entities: without annotation processing, with
 * the Schemata processor (a rebuild in which nothing changed, the common case), and with
 * Hibernate's metamodel processor. Runs are interleaved so that machine noise hits every mode.
 */
final class CompileBenchmark {
  static final int ENTITIES = 30;

  /** A way of running javac. */
  enum Mode {
    JAVAC_ALONE("javac alone", List.of("-proc:none")),
    SCHEMATA("javac + Schemata", List.of("-processor",
        "dev.schemata.processor.SchemataProcessor")),
    HIBERNATE("javac + Hibernate metamodel", List.of("-processor",
        "org.hibernate.processor.HibernateProcessor"));

    final String label;
    final List<String> options;

    Mode(String label, List<String> options) {
      this.label = label;
      this.options = options;
    }
  }

  private final Path work;
  private final String classPath;
  private final List<String> sources;

  CompileBenchmark(Path work, String classPath) throws IOException {
    this.work = work;
    this.classPath = classPath;
    this.sources = EntitySources.write(work.resolve("src"), ENTITIES);
  }

  /** The median wall time of {@code runs} processes per mode, in milliseconds. */
  long[] medians(int runs) throws IOException, InterruptedException {
    compile(Mode.SCHEMATA);
    long[][] times = new long[Mode.values().length][runs];
    for (int run = 0; run < runs; run++) {
      for (Mode mode : Mode.values()) {
        times[mode.ordinal()][run] = compile(mode);
      }
    }
    long[] medians = new long[times.length];
    for (int i = 0; i < times.length; i++) {
      Arrays.sort(times[i]);
      medians[i] = times[i][runs / 2];
    }
    return medians;
  }

  private long compile(Mode mode) throws IOException, InterruptedException {
    Path out = Files.createDirectories(work.resolve("out-" + mode.name().toLowerCase()));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
        "-d", out.toString(), "-s", out.toString(), "-cp", classPath,
        "-processorpath", classPath, "-Aschemata.dir=" + work.resolve("schemata")));
    command.addAll(mode.options);
    command.addAll(sources);
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(work.resolve("javac-" + mode.name().toLowerCase() + ".log").toFile())
        .start();
    int exit = process.waitFor();
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (exit != 0) {
      throw new IllegalStateException(mode.label + " failed; see " + work);
    }
    return millis;
  }
}
