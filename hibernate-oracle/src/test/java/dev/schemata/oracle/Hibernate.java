package dev.schemata.oracle;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;

/** Hibernate ORM as the independent oracle: its own schema export, and its schema validation. */
final class Hibernate {
  static {
    Logger.getLogger("org.hibernate").setLevel(Level.WARNING);
  }

  private Hibernate() {}

  /** Lets Hibernate create the schema of the entities in an empty database. */
  static void export(String url, List<Class<?>> entities, ClassLoader loader) {
    start(url, entities, loader, "create");
  }

  /** Starts Hibernate with schema validation; throws when the database does not fit. */
  static void validate(String url, List<Class<?>> entities, ClassLoader loader) {
    start(url, entities, loader, "validate");
  }

  private static void start(String url, List<Class<?>> entities, ClassLoader loader,
      String action) {
    BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
        .applyClassLoader(loader).build();
    StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
        .applySetting(AvailableSettings.JAKARTA_JDBC_URL, url)
        .applySetting(AvailableSettings.HBM2DDL_AUTO, action)
        .applySetting(AvailableSettings.SHOW_SQL, "false")
        .build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      entities.forEach(sources::addAnnotatedClass);
      try (SessionFactory factory = sources.buildMetadata().buildSessionFactory()) {
        factory.getSchemaManager();
      }
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }
}
