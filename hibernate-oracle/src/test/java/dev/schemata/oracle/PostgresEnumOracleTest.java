package dev.schemata.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.schemata.runtime.Migrator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code -Aschemata.postgresEnums=native}, the PostgreSQL schema that Schemata's migrations
 * build is the one Hibernate ORM expects with {@code hibernate.type.prefer_native_enum_types}:
 * the same enum types with the same constants in the same order, the same columns of them,
 * Hibernate's validation accepts it, and Hibernate writes and reads the enums through it.
 */
class PostgresEnumOracleTest {
  private static final Path MODEL = Path.of("src/test/resources/postgres-enums");
  private static final Map<String, String> NATIVE =
      Map.of("hibernate.type.prefer_native_enum_types", "true");

  @TempDir Path work;

  @Test
  void migratedEnumTypesAreHibernates() throws Exception {
    CorpusBuild build = CorpusBuild.compile(MODEL, List.of("-Aschemata.postgresEnums=native"),
        work.resolve("schemata"), work.resolve("classes"));
    ClassLoader loader = build.loader();
    Hibernate hibernate = new Hibernate(build.entities(loader), loader, NATIVE);
    try (PostgresSchema migrated = PostgresSchema.create("oracle_enums_migrated");
        PostgresSchema exported = PostgresSchema.create("oracle_enums_exported")) {
      Migrator.configure().dataSource(migrated.dataSource()).classLoader(loader).load()
          .migrate();
      hibernate.export(exported.url(), HibernateOracleTest.SCRIPTS.resolve("postgres-enums")
          .resolve("hibernate.sql"));

      assertThat(migrated.enumTypes()).isEqualTo(exported.enumTypes())
          .containsEntry("status", "CLOSED,OPEN,WAITING")
          .containsEntry("channel", "MAIL,PHONE,WEB");
      assertThat(migrated.enumColumns()).isEqualTo(exported.enumColumns()).hasSize(4);
      assertThatCode(() -> hibernate.validate(migrated.url())).doesNotThrowAnyException();

      // Hibernate binds enums as their type, so it needs none of the casts its export adds.
      Class<? extends Enum> status = loader.loadClass("desk.Status").asSubclass(Enum.class);
      Object closed = Enum.valueOf(status, "CLOSED");
      hibernate.inTransaction(migrated.url(), session -> session.createMutationQuery(
          "insert into Reply (id, statusAfter) values (1, :status)")
          .setParameter("status", closed).executeUpdate());
      assertThat(migrated.values("select statusAfter::text from replies"))
          .containsExactly("CLOSED");
    }
  }
}
