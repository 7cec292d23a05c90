package dev.schemata.processor.entity;

import dev.schemata.processor.diagnostic.Message;
import dev.schemata.runtime.dialect.Dialect;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The PostgreSQL enum type of each column that holds a Java enum by name, when {@link
 * PostgresEnums#NATIVE} is chosen: named as Hibernate ORM 7 names it, after the enum's simple
 * class name, unquoted. One instance serves a whole reading, so that two enums that would share a
 * type are caught wherever their columns are.
 */
final class EnumTypeNames {
  private final PostgresEnums choice;
  /** The enum and the attribute that claimed each type name, by the name PostgreSQL keeps. */
  private final Map<String, Claim> claims = new HashMap<>();

  private record Claim(String enumName, String attribute) {}

  EnumTypeNames(PostgresEnums choice) {
    this.choice = choice;
  }

  /**
   * The enum type of a column holding {@code stored} by name for the attribute, or null when it
   * gets none: the check constraint is chosen, or after recording that the name is unusable (a
   * word PostgreSQL reserves, which Hibernate ORM would write unquoted) or another enum's.
   */
  String of(Attribute attribute, TypeMirror stored, List<Finding> findings) {
    if (choice != PostgresEnums.NATIVE) {
      return null;
    }
    TypeElement type = (TypeElement) ((DeclaredType) stored).asElement();
    String name = type.getSimpleName().toString();
    String enumName = type.getQualifiedName().toString();
    if (!Dialect.POSTGRESQL.quote(name).equals(name)) {
      findings.add(Finding.on(attribute.element(), Message.ENUM_TYPE_NAME_RESERVED,
          attribute.describe(), enumName, name));
      return null;
    }
    Element enclosing = attribute.element().getEnclosingElement();
    Claim mine = new Claim(enumName, enclosing.getSimpleName() + "." + attribute.name());
    // PostgreSQL folds the unquoted name, so Status and STATUS would be one type.
    Claim first = claims.putIfAbsent(name.toLowerCase(Locale.ROOT), mine);
    if (first == null || first.enumName().equals(enumName)) {
      return name;
    }
    findings.add(Finding.on(attribute.element(), Message.ENUM_TYPE_CLASH, attribute.describe(),
        enumName, name, first.enumName(), first.attribute()));
    return null;
  }
}
