package dev.schemata.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.schemata.runtime.ops.MigrationIndex;
import dev.schemata.runtime.testing.H2;
import dev.schemata.runtime.testing.RegisteredIndex;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceLoaderTest {

  @Test
  void findsTheIndexRegisteredUnderMetaInfServices() {
    Migrator migrator = Migrator.configure().dataSource(H2.newDatabase()).load();
    assertThat(migrator.migrate().applied()).extracting(AppliedVersion::version)
        .containsExactly(1);
  }

  @Test
  void saysTheIndexIsMissingWhenNoneIsRegistered() throws IOException {
    try (URLClassLoader empty = new URLClassLoader(new URL[0],
        ClassLoader.getPlatformClassLoader())) {
      assertThatThrownBy(() -> Migrator.configure().classLoader(empty).load())
          .isInstanceOfSatisfying(SchemataException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.NO_MIGRATIONS))
          .hasMessageContaining("No migrations were generated")
          .hasMessageContaining("META-INF/services/" + MigrationIndex.class.getName())
          .hasMessageContaining("migrations(...)");
    }
  }

  @Test
  void listsEveryIndexWhenThereIsMoreThanOne(@TempDir Path directory) throws IOException {
    Path services = directory.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve(MigrationIndex.class.getName()),
        RegisteredIndex.Other.class.getName() + "\n");
    try (URLClassLoader both = new URLClassLoader(new URL[] {directory.toUri().toURL()},
        getClass().getClassLoader())) {
      assertThatThrownBy(() -> Migrator.configure().classLoader(both).load())
          .isInstanceOfSatisfying(SchemataException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.MULTIPLE_INDEXES))
          .hasMessageContaining(RegisteredIndex.class.getName())
          .hasMessageContaining(RegisteredIndex.Other.class.getName())
          .hasMessageContaining("migrations(new ...())");
    }
  }
}
