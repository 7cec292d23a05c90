package dev.schemata.oracle;

import dev.schemata.processor.SchemataProcessor;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles one corpus model with the Schemata processor into a folder and loads the result:
 * the entity classes for Hibernate, the generated migrations for the runtime.
 */
final class CorpusBuild {
  private final Path classes;

  private CorpusBuild(Path classes) {
    this.classes = classes;
  }

  /**
   * Compiles every source under {@code sources} into {@code classes}, with the committed schema
   * files in {@code schemaDirectory} (read, and written as the processor does in a project);
   * fails with javac's errors when it cannot.
   */
  static CorpusBuild compile(Path sources, List<String> options, Path schemaDirectory,
      Path classes) throws IOException {
    CorpusBuild build = new CorpusBuild(classes);
    build.run(sources, options, schemaDirectory);
    return build;
  }

  private void run(Path sources, List<String> options, Path schemaDirectory)
      throws IOException {
    Files.createDirectories(classes);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager manager = javac.getStandardFileManager(null, Locale.ROOT, null)) {
      List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(),
          "-s", classes.toString(), "-Aschemata.dir=" + schemaDirectory,
          "-classpath", System.getProperty("java.class.path")));
      arguments.addAll(options);
      JavaCompiler.CompilationTask task = javac.getTask(new StringWriter(), manager, diagnostics,
          arguments, null, manager.getJavaFileObjectsFromPaths(files));
      task.setProcessors(List.of(new SchemataProcessor()));
      if (!task.call()) {
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
          errors.add(d.getKind() + " " + d.getSource() + ":" + d.getLineNumber() + " "
              + d.getMessage(Locale.ROOT));
        }
        throw new AssertionError("corpus " + sources + " does not compile:\n"
            + String.join("\n", errors));
      }
    }
  }

  /** A loader over the compiled corpus, delegating everything else to the test's loader. */
  ClassLoader loader() throws IOException {
    return new URLClassLoader(new URL[] {classes.toUri().toURL()},
        CorpusBuild.class.getClassLoader());
  }

  /** The compiled classes annotated {@code @Entity}, in name order. */
  List<Class<?>> entities(ClassLoader loader) throws IOException, ClassNotFoundException {
    List<Class<?>> entities = new ArrayList<>();
    List<Path> classFiles;
    try (Stream<Path> walk = Files.walk(classes)) {
      classFiles = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
    }
    for (Path file : classFiles) {
      String name = classes.relativize(file).toString().replace(File.separatorChar, '.');
      Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()), false,
          loader);
      if (type.isAnnotationPresent(jakarta.persistence.Entity.class)) {
        entities.add(type);
      }
    }
    return entities;
  }
}
