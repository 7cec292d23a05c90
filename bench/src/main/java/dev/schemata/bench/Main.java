package dev.schemata.bench;

import java.nio.file.Files;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs both benchmarks and prints each result as a ratio to its baseline measured in the same
 * run: plain JDBC for start-up, javac without processors for compile time.
 */
public final class Main {
  private Main() {}

  /** Usage: {@code Main CLASS-PATH}, the class path the javac processes compile against. */
  public static void main(String[] args) throws Exception {
    Options options = new OptionsBuilder()
        .include(StartupBenchmark.class.getSimpleName())
        .forks(1)
        .warmupIterations(3).warmupTime(TimeValue.seconds(1))
        .measurementIterations(5).measurementTime(TimeValue.seconds(1))
        .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Double> startup = new LinkedHashMap<>();
    for (String name : new String[] {"plainJdbc", "schemata", "flyway", "liquibase"}) {
      for (RunResult result : results) {
        if (result.getParams().getBenchmark().endsWith("." + name)) {
          startup.put(name, result.getPrimaryResult().getScore());
        }
      }
    }
    System.out.printf("%nStart-up with nothing to apply (%d versions, in-memory H2)%n",
        StartupBenchmark.VERSIONS);
    double floor = startup.get("plainJdbc");
    startup.forEach((name, micros) -> System.out.printf("  %-28s %10.1f µs   x %6.2f%n", name,
        micros, micros / floor));

    CompileBenchmark compile = new CompileBenchmark(Files.createTempDirectory("compile-bench"),
        args[0]);
    long[] medians = compile.medians(5);
    System.out.printf("%nCompiling %d entities, whole javac process, median of 5%n",
        CompileBenchmark.ENTITIES);
    for (CompileBenchmark.Mode mode : CompileBenchmark.Mode.values()) {
      System.out.printf("  %-28s %10d ms   x %6.2f%n", mode.label, medians[mode.ordinal()],
          (double) medians[mode.ordinal()] / medians[0]);
    }
  }
}
