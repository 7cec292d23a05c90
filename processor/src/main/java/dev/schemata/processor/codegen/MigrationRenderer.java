package dev.schemata.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.schemata.processor.store.VersionFile;
import dev.schemata.runtime.ops.Operation;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * Renders the migration class of one version: {@code upgrade} records the version's operations
 * in order, {@code downgrade} records their inverses in reverse order, as in
 *
 * <pre>{@code
 * public final class V0002_AddTaskPriority implements Migration {
 *   public void upgrade(SchemaChange change) {
 *     change.addColumn("tasks", Column.named("priority").type(SqlType.INTEGER).nullable());
 *   }
 *   ...
 * }</pre>
 */
public final class MigrationRenderer {
  private MigrationRenderer() {}

  /**
   * The simple class name of a version's migration: {@code V0002_} and the description's words
   * in CamelCase, as in {@code V0002_AddTaskPriority}.
   */
  public static String className(VersionFile version) {
    StringBuilder name = new StringBuilder(String.format(Locale.ROOT, "V%04d_",
        version.version()));
    for (String word : version.slug().split("_")) {
      name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    }
    return name.toString();
  }

  /** The class name of a version's migration in {@code packageName}. */
  public static ClassName className(String packageName, VersionFile version) {
    return ClassName.get(packageName, className(version));
  }

  /** The source file of a version's migration class in {@code packageName}. */
  public static JavaFile render(String packageName, VersionFile version) {
    List<Operation> downgrade = Inverse.of(version.operations());
    TypeSpec.Builder builder = TypeSpec.classBuilder(className(version))
        .addJavadoc("Version $L: $L ($L).\n", version.version(),
            Javadoc.text(version.description()), from(version.parent()));
    DowngradeNote.of(downgrade).ifPresent(note -> builder.addJavadoc("\n$L", note));
    TypeSpec type = builder
        .addAnnotation(Types.GENERATED)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(Types.MIGRATION)
        .addMethod(direction("upgrade", version.operations()))
        .addMethod(direction("downgrade", downgrade))
        .build();
    return JavaFile.builder(packageName, type)
        .indent("  ")
        .skipJavaLangImports(true)
        .build();
  }

  private static String from(int parent) {
    return parent == 0 ? "from the empty schema" : "from version " + parent;
  }

  private static MethodSpec direction(String name, List<Operation> operations) {
    ParameterSpec change = ParameterSpec.builder(Types.SCHEMA_CHANGE, "change").build();
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(change);
    for (Operation operation : operations) {
      method.addStatement("$L", OperationCode.of(operation, change));
    }
    return method.build();
  }
}
