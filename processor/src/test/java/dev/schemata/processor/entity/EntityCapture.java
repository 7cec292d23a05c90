package dev.schemata.processor.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.schemata.processor.diagnostic.Reporter;
import java.io.File;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * A test-only processor: in its first round it runs {@link EntityReader} over the round's
 * {@code @Entity} classes, plus any named ones loaded from the class path, and keeps the model.
 */
final class EntityCapture extends AbstractProcessor {
  private final List<String> alsoRead;
  private EntityModel model;

  private EntityCapture(List<String> alsoRead) {
    this.alsoRead = alsoRead;
  }

  /** The outcome of compiling sources with the capture running. */
  record Result(Compilation compilation, EntityModel model) {}

  /** Compiles the sources and reads their entities. */
  static Result compile(JavaFileObject... sources) {
    return compile(List.of(), List.of(), sources);
  }

  /**
   * Compiles the sources with {@code classpath} added, and reads their entities and the entities
   * named in {@code alsoRead}, which come from that class path.
   */
  static Result compile(List<String> alsoRead, List<File> classpath, JavaFileObject... sources) {
    return compile(alsoRead, classpath, List.of(), sources);
  }

  /** Compiles the sources with javac options, such as {@code -Aschemata.naming=snake_case}. */
  static Result compileWith(List<String> options, JavaFileObject... sources) {
    return compile(List.of(), List.of(), options, sources);
  }

  private static Result compile(List<String> alsoRead, List<File> classpath,
      List<String> options, JavaFileObject... sources) {
    EntityCapture capture = new EntityCapture(alsoRead);
    List<File> path = new ArrayList<>(classpath);
    path.add(jpaJar());
    Compilation compilation = Compiler.javac().withProcessors(capture).withClasspath(path)
        .withOptions(options).compile(sources);
    assertThat(capture.model).as("the model the reader returned").isNotNull();
    return new Result(compilation, capture.model);
  }

  /** A source file {@code test/<name>.java} with the usual JPA imports. */
  static JavaFileObject entity(String name, String... lines) {
    String text = "package test;\n\nimport jakarta.persistence.*;\n"
        + "import java.math.*;\nimport java.time.*;\nimport java.util.*;\n\n"
        + String.join("\n", lines) + "\n";
    return JavaFileObjects.forSourceString("test." + name, text);
  }

  /** A valid entity, to show that reading carries on past an entity in error. */
  static final JavaFileObject GOOD = entity("Good",
      "@Entity public class Good { @Id private long id; }");

  /**
   * Asserts that the compilation reported exactly one error, with exactly this text, on the line
   * of {@code file} that contains {@code line}, and that exactly {@code entitiesRead} made it
   * into the model.
   */
  static void assertSingleError(Result result, String text, JavaFileObject file, String line,
      String... entitiesRead) {
    CompilationSubject.assertThat(result.compilation()).hadErrorCount(1);
    assertThat(result.compilation().errors().get(0).getMessage(Locale.ROOT)).isEqualTo(text);
    CompilationSubject.assertThat(result.compilation()).hadErrorContaining(text).inFile(file)
        .onLineContaining(line);
    assertThat(result.model().tableByEntity().keySet()).containsExactly(entitiesRead);
  }

  static File jpaJar() {
    try {
      return new File(jakarta.persistence.Entity.class.getProtectionDomain().getCodeSource()
          .getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(NameStyle.OPTION, PostgresEnums.OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (model != null || round.processingOver()) {
      return false;
    }
    List<TypeElement> entities = new ArrayList<>();
    TypeElement entity = processingEnv.getElementUtils().getTypeElement(Jpa.ENTITY);
    round.getElementsAnnotatedWith(entity).forEach(e -> entities.add((TypeElement) e));
    alsoRead.forEach(n -> entities.add(processingEnv.getElementUtils().getTypeElement(n)));
    Reporter reporter = new Reporter(processingEnv.getMessager());
    model = new EntityReader(processingEnv, reporter).read(entities);
    return false;
  }
}
