package dev.schemata.oracle;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Hibernate ORM as the independent oracle, for the entities of one compiled model: its own schema
 * export, and its schema validation. Bean Validation is on, as in an application that has a
 * provider, so that {@code @NotNull} and {@code @Size} reach the DDL.
 */
final class Hibernate {
  /** Without an expression language on the class path: messages are never rendered here. */
  private static final ValidatorFactory VALIDATION = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();

  static {
    Logger.getLogger("org.hibernate").setLevel(Level.WARNING);
  }

  private final List<Class<?>> entities;
  private final ClassLoader loader;
  private final Map<String, String> settings;

  /** Hibernate for {@code entities}, loaded by {@code loader}, with extra {@code settings}. */
  Hibernate(List<Class<?>> entities, ClassLoader loader, Map<String, String> settings) {
    this.entities = List.copyOf(entities);
    this.loader = loader;
    this.settings = Map.copyOf(settings);
  }

  /**
   * Lets Hibernate create the schema of the entities in an empty database, and write its DDL to
   * {@code script} for a person to read; throws when a statement fails, which Hibernate would
   * otherwise only log.
   */
  void export(String url, Path script) throws IOException {
    Files.createDirectories(script.getParent());
    Files.deleteIfExists(script);
    start(url, "none", Map.of(
        AvailableSettings.JAKARTA_HBM2DDL_DATABASE_ACTION, "create",
        AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_ACTION, "create",
        AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_CREATE_TARGET, script.toString(),
        AvailableSettings.FORMAT_SQL, "false"), factory -> { });
  }

  /** Starts Hibernate with schema validation; throws when the database does not fit. */
  void validate(String url) {
    start(url, "validate", Map.of(), factory -> { });
  }

  /** Starts Hibernate with schema validation, then does the work in one transaction. */
  void inTransaction(String url, Consumer<Session> work) {
    start(url, "validate", Map.of(), factory -> factory.inTransaction(work));
  }

  private void start(String url, String action, Map<String, Object> extra,
      Consumer<SessionFactory> work) {
    BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
        .applyClassLoader(loader).build();
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
        .applySettings(new HashMap<String, Object>(settings))
        .applySettings(extra)
        .applySetting(AvailableSettings.JAKARTA_JDBC_URL, url)
        .applySetting(AvailableSettings.HBM2DDL_AUTO, action)
        .applySetting(AvailableSettings.JAKARTA_VALIDATION_FACTORY, VALIDATION)
        .applySetting(AvailableSettings.HBM2DDL_HALT_ON_ERROR, "true")
        // Key columns in mapping order, as Schemata writes them; see the README.
        .applySetting(AvailableSettings.COLUMN_ORDERING_STRATEGY, "legacy")
        .applySetting(AvailableSettings.SHOW_SQL, "false")
        .build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      entities.forEach(sources::addAnnotatedClass);
      try (SessionFactory factory = sources.buildMetadata().buildSessionFactory()) {
        factory.getSchemaManager();
        work.accept(factory);
      }
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }
}
