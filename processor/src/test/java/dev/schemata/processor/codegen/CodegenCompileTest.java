package dev.schemata.processor.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.schemata.processor.store.StoreFixtures;
import dev.schemata.processor.store.VersionFile;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.ops.Checksum;
import dev.schemata.runtime.ops.Migration;
import dev.schemata.runtime.ops.MigrationIndex;
import dev.schemata.runtime.ops.Operation;
import dev.schemata.runtime.ops.SchemaChange;
import dev.schemata.runtime.ops.VersionedMigration;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Compiles the generated sources and runs them against the runtime. */
class CodegenCompileTest {
  private static final String PACKAGE = "com.example.tasks.schemata";
  private static final List<VersionFile> VERSIONS = StoreFixtures.versions();
  private static ClassLoader compiled;

  @BeforeAll
  static void compile() throws URISyntaxException {
    List<JavaFileObject> sources = new ArrayList<>();
    for (VersionFile version : VERSIONS) {
      sources.add(MigrationRenderer.render(PACKAGE, version).toJavaFileObject());
    }
    sources.add(IndexRenderer.render(PACKAGE, VERSIONS).toJavaFileObject());
    File runtime = new File(Migration.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI());

    Compilation compilation = Compiler.javac()
        .withClasspath(List.of(runtime))
        .withOptions("-Xlint:all", "-Werror")
        .compile(sources);

    assertThat(compilation.status()).as("%s", compilation.diagnostics())
        .isEqualTo(Compilation.Status.SUCCESS);
    compiled = new CompiledClasses(compilation.generatedFiles(),
        CodegenCompileTest.class.getClassLoader());
  }

  @Test
  void upgradeRecordsTheVersionsOperationsExactly() throws ReflectiveOperationException {
    for (VersionFile version : VERSIONS) {
      SchemaChange change = new SchemaChange();
      migration(version).upgrade(change);

      assertThat(change.operations()).as("upgrade of version %s", version.version())
          .isEqualTo(version.operations());
    }
  }

  @Test
  void downgradeRecordsTheInversesInReverseOrder() throws ReflectiveOperationException {
    for (VersionFile version : VERSIONS) {
      List<Operation> expected = new ArrayList<>();
      for (Operation operation : version.operations()) {
        expected.add(0, operation.inverse());
      }
      SchemaChange change = new SchemaChange();
      migration(version).downgrade(change);

      assertThat(change.operations()).as("downgrade of version %s", version.version())
          .isEqualTo(expected);
    }
  }

  @Test
  void indexListsEveryMigrationWithItsChecksum() throws ReflectiveOperationException {
    MigrationIndex index = (MigrationIndex) compiled
        .loadClass(IndexRenderer.className(PACKAGE).canonicalName())
        .getConstructor().newInstance();

    List<VersionedMigration> migrations = index.migrations();

    assertThat(migrations).extracting(VersionedMigration::version).containsExactly(1, 2, 3);
    for (int i = 0; i < VERSIONS.size(); i++) {
      VersionFile version = VERSIONS.get(i);
      VersionedMigration migration = migrations.get(i);
      assertThat(migration.description()).isEqualTo(version.description());
      assertThat(migration.checksum()).isEqualTo(Checksum.of(version.operations()));
      assertThat(migration.upgradeOperations()).isEqualTo(version.operations());
    }
  }

  @Test
  void upgradesThenDowngradesReturnToTheEmptySchema() throws ReflectiveOperationException {
    Schema schema = Schema.EMPTY;
    for (VersionFile version : VERSIONS) {
      schema = replay(schema, record(migration(version), true));
    }
    for (int i = VERSIONS.size() - 1; i >= 0; i--) {
      schema = replay(schema, record(migration(VERSIONS.get(i)), false));
    }

    assertThat(schema).isEqualTo(Schema.EMPTY);
  }

  private static List<Operation> record(Migration migration, boolean upgrade) {
    SchemaChange change = new SchemaChange();
    if (upgrade) {
      migration.upgrade(change);
    } else {
      migration.downgrade(change);
    }
    return change.operations();
  }

  private static Schema replay(Schema schema, List<Operation> operations) {
    for (Operation operation : operations) {
      schema = operation.applyTo(schema);
    }
    return schema;
  }

  private static Migration migration(VersionFile version) throws ReflectiveOperationException {
    return (Migration) compiled.loadClass(MigrationRenderer.className(PACKAGE, version)
        .canonicalName()).getConstructor().newInstance();
  }

  /** Defines the classes of an in-memory compilation. */
  private static final class CompiledClasses extends ClassLoader {
    private final Map<String, JavaFileObject> classes = new HashMap<>();

    CompiledClasses(List<JavaFileObject> files, ClassLoader parent) {
      super(parent);
      for (JavaFileObject file : files) {
        if (file.getKind() == JavaFileObject.Kind.CLASS) {
          String path = file.toUri().getPath();
          String name = path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length(),
              path.length() - ".class".length()).replace('/', '.');
          classes.put(name, file);
        }
      }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      JavaFileObject file = classes.get(name);
      if (file == null) {
        throw new ClassNotFoundException(name);
      }
      try (InputStream in = file.openInputStream()) {
        byte[] bytes = in.readAllBytes();
        return defineClass(name, bytes, 0, bytes.length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
