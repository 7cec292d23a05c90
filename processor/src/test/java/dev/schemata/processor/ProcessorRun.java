package dev.schemata.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** Compiles sources with the processor against a schema folder and reads back what it wrote. */
final class ProcessorRun {
  private ProcessorRun() {}

  static Compilation compile(Path schemaDir, JavaFileObject... sources) {
    return compile(schemaDir, List.of(), sources);
  }

  static Compilation compile(Path schemaDir, List<Path> classPath, JavaFileObject... sources) {
    return compile(schemaDir, classPath, List.of(), sources);
  }

  /** Compiles with more processor options, such as {@code -Aschemata.dataLoss=error}. */
  static Compilation compile(Path schemaDir, List<Path> classPath, List<String> more,
      JavaFileObject... sources) {
    List<String> options = new ArrayList<>(more);
    options.add("-Aschemata.dir=" + schemaDir);
    List<java.io.File> path = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      path.add(new java.io.File(entry));
    }
    classPath.forEach(p -> path.add(p.toFile()));
    return javac().withProcessors(new SchemataProcessor()).withOptions(options)
        .withClasspath(path).compile(sources);
  }

  /** Every file in the folder with its content, by name. */
  static Map<String, String> files(Path dir) {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (Stream<Path> list = Files.list(dir)) {
      for (Path file : list.toList()) {
        files.put(file.getFileName().toString(), Files.readString(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
