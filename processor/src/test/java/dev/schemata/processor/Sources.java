package dev.schemata.processor;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** The entity sources the processor tests compile, in the versions a developer would write. */
final class Sources {
  private Sources() {}

  static JavaFileObject marker(int version, String description) {
    return JavaFileObjects.forSourceLines("shop.package-info",
        "@dev.schemata.annotations.SchemaVersion(value = " + version + ", description = \""
            + description + "\")",
        "package shop;");
  }

  static JavaFileObject customer() {
    return JavaFileObjects.forSourceLines("shop.Customer",
        "package shop;",
        "",
        "import jakarta.persistence.*;",
        "",
        "@Entity",
        "@Table(name = \"customers\")",
        "public class Customer {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
        "  @Column(nullable = false, length = 100) String name;",
        "}");
  }

  static JavaFileObject order(boolean withNote) {
    return JavaFileObjects.forSourceLines("shop.PurchaseOrder",
        "package shop;",
        "",
        "import jakarta.persistence.*;",
        "",
        "@Entity",
        "@Table(name = \"orders\", indexes = @Index(name = \"ix_orders_customer\","
            + " columnList = \"customer_id\"))",
        "public class PurchaseOrder {",
        "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;",
        "  @ManyToOne(optional = false) @JoinColumn(name = \"customer_id\") Customer customer;",
        "  int quantity;",
        withNote ? "  @Column(length = 300) String note;" : "",
        "}");
  }
}
