package dev.schemata.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.schemata.processor.store.VersionFile;
import dev.schemata.runtime.ops.Checksum;
import dev.schemata.runtime.ops.MigrationIndex;
import java.util.Comparator;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Renders the index class that lists every migration of a module, with each version's
 * description and {@link Checksum}, and its {@code META-INF/services} registration, so the
 * runtime finds the migrations through {@link java.util.ServiceLoader}.
 */
public final class IndexRenderer {
  /** The simple name of the index class. */
  public static final String CLASS_NAME = "SchemataMigrations";

  private IndexRenderer() {}

  /** The index class in {@code packageName}. */
  public static ClassName className(String packageName) {
    return ClassName.get(packageName, CLASS_NAME);
  }

  /**
   * The source of the index class listing {@code versions}, whose migration classes {@link
   * MigrationRenderer} renders into the same package.
   */
  public static JavaFile render(String packageName, List<VersionFile> versions) {
    List<VersionFile> ordered = versions.stream()
        .sorted(Comparator.comparingInt(VersionFile::version)).toList();
    MethodSpec migrations = MethodSpec.methodBuilder("migrations")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class), Types.VERSIONED_MIGRATION))
        .addStatement("return $T.of($L)", List.class, entries(packageName, ordered))
        .build();
    TypeSpec type = TypeSpec.classBuilder(CLASS_NAME)
        .addJavadoc("The migrations of this module, $L, in version order.\n", range(ordered))
        .addAnnotation(Types.GENERATED)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(Types.MIGRATION_INDEX)
        .addMethod(migrations)
        .build();
    return JavaFile.builder(packageName, type)
        .indent("  ")
        .skipJavaLangImports(true)
        .build();
  }

  /** The {@code META-INF/services} file that registers the index class of {@code packageName}. */
  public static ServiceFile serviceFile(String packageName) {
    return new ServiceFile("META-INF/services/" + MigrationIndex.class.getName(),
        className(packageName).canonicalName() + "\n");
  }

  private static CodeBlock entries(String packageName, List<VersionFile> versions) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (int i = 0; i < versions.size(); i++) {
      VersionFile version = versions.get(i);
      code.add("\nnew $T($L,$W$S,$W$S,$Wnew $T())", Types.VERSIONED_MIGRATION, version.version(),
          version.description(), Checksum.of(version.operations()),
          MigrationRenderer.className(packageName, version));
      if (i < versions.size() - 1) {
        code.add(",");
      }
    }
    return code.build();
  }

  private static String range(List<VersionFile> versions) {
    if (versions.isEmpty()) {
      return "none yet";
    }
    int first = versions.get(0).version();
    int last = versions.get(versions.size() - 1).version();
    return first == last ? "version " + first : "versions " + first + " to " + last;
  }
}
