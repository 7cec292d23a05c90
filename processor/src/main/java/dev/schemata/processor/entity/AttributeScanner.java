package dev.schemata.processor.entity;

import dev.schemata.processor.diagnostic.Message;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Finds the persistent attributes of a class, under field or property access as JPA decides it:
 * {@code @Access} on the class, else the access of the hierarchy, which the place of the
 * {@code @Id} or {@code @EmbeddedId} sets; {@code @Access} on one attribute overrides it there.
 */
final class AttributeScanner {
  /** Annotations that map a persistent attribute; on the other kind of member they are lost. */
  private static final List<String> MAPPINGS = List.of(Jpa.ID, Jpa.EMBEDDED_ID, Jpa.COLUMN,
      Jpa.BASIC, Jpa.GENERATED_VALUE, Jpa.MANY_TO_ONE, Jpa.ONE_TO_ONE, Jpa.ONE_TO_MANY,
      Jpa.MANY_TO_MANY, Jpa.ELEMENT_COLLECTION, Jpa.EMBEDDED, Jpa.JOIN_COLUMN, Jpa.JOIN_COLUMNS,
      Jpa.JOIN_TABLE, Jpa.ENUMERATED, Jpa.TEMPORAL, Jpa.LOB, Jpa.VERSION, Jpa.CONVERT,
      Jpa.COLLECTION_TABLE, Jpa.ORDER_COLUMN, Jpa.MAP_KEY_COLUMN, Jpa.MAPS_ID);

  /** Field or property access. */
  enum Access { FIELD, PROPERTY }

  private final Types types;
  private final Mirrors mirrors;
  private final List<Finding> findings;
  private final Renaming renaming;

  AttributeScanner(Types types, Mirrors mirrors, List<Finding> findings, Renaming renaming) {
    this.types = types;
    this.mirrors = mirrors;
    this.findings = findings;
    this.renaming = renaming;
  }

  /**
   * The default access of a hierarchy, its classes given top first: where the first {@code @Id}
   * or {@code @EmbeddedId} is, else the {@code @Access} of the topmost class carrying one, else
   * field access.
   */
  Access hierarchyAccess(List<TypeElement> classes) {
    for (TypeElement type : classes) {
      for (Element member : type.getEnclosedElements()) {
        if (Mirrors.has(member, Jpa.ID) || Mirrors.has(member, Jpa.EMBEDDED_ID)) {
          return member.getKind() == ElementKind.METHOD ? Access.PROPERTY : Access.FIELD;
        }
      }
    }
    for (TypeElement type : classes) {
      Optional<Access> explicit = explicit(type);
      if (explicit.isPresent()) {
        return explicit.get();
      }
    }
    return Access.FIELD;
  }

  /** The access of one class: its own {@code @Access}, else {@code inherited}. */
  Access classAccess(TypeElement type, Access inherited) {
    if (type.getKind() == ElementKind.RECORD) {
      return Access.FIELD;
    }
    return explicit(type).orElse(inherited);
  }

  /**
   * The attributes {@code declaring} declares, in declaration order, with their types as members
   * of {@code owner} (a subtype of {@code declaring}, or itself).
   */
  List<Attribute> attributes(TypeElement declaring, DeclaredType owner, Access access) {
    List<Attribute> attributes = new ArrayList<>();
    Set<String> explicitFields = new HashSet<>();
    for (Element member : declaring.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD && !excluded(member)
          && explicit(member).orElse(access) == Access.FIELD) {
        check(member, access, Access.FIELD);
        String name = member.getSimpleName().toString();
        attributes.add(new Attribute(name, member, types.asMemberOf(owner, member),
            renaming.attributeName(member, name)));
        explicitFields.add(member.getSimpleName().toString());
      } else if (member.getKind() == ElementKind.FIELD) {
        check(member, access, Access.PROPERTY);
      }
    }
    for (Element member : declaring.getEnclosedElements()) {
      Optional<String> property = propertyName(member);
      if (property.isEmpty()) {
        continue;
      }
      boolean persistent = !excluded(member) && !explicitFields.contains(property.get())
          && explicit(member).orElse(access) == Access.PROPERTY;
      check(member, access, persistent ? Access.PROPERTY : Access.FIELD);
      if (persistent) {
        TypeMirror type = ((ExecutableType) types.asMemberOf(owner, member)).getReturnType();
        attributes.add(new Attribute(property.get(), member, type,
            renaming.attributeName(member, property.get())));
      }
    }
    return attributes;
  }

  /** Reports mapping annotations on a member that the chosen access does not read. */
  private void check(Element member, Access access, Access read) {
    boolean ignored = member.getKind() == ElementKind.FIELD ? read == Access.PROPERTY
        : read == Access.FIELD;
    if (!ignored) {
      return;
    }
    for (String annotation : MAPPINGS) {
      Mirrors.find(member, annotation).ifPresent(m -> findings.add(Finding.on(member, m,
          Message.IGNORED_BY_ACCESS, Mirrors.display(annotation),
          describe(member), access == Access.FIELD ? "field" : "property",
          member.getKind() == ElementKind.FIELD ? "FIELD" : "PROPERTY")));
    }
  }

  private static String describe(Element member) {
    String kind = member.getKind() == ElementKind.FIELD ? "field " : "method ";
    return kind + member.getEnclosingElement().getSimpleName() + "." + member.getSimpleName();
  }

  private static boolean excluded(Element member) {
    Set<Modifier> modifiers = member.getModifiers();
    return modifiers.contains(Modifier.STATIC) || modifiers.contains(Modifier.TRANSIENT)
        || Mirrors.has(member, Jpa.TRANSIENT);
  }

  private Optional<Access> explicit(Element element) {
    return Mirrors.find(element, Jpa.ACCESS).map(m -> Access.valueOf(mirrors.constant(m,
        "value")));
  }

  /** The property a getter reads, JavaBeans style; empty for any other member. */
  private static Optional<String> propertyName(Element member) {
    if (member.getKind() != ElementKind.METHOD) {
      return Optional.empty();
    }
    ExecutableElement method = (ExecutableElement) member;
    String name = method.getSimpleName().toString();
    TypeMirror returned = method.getReturnType();
    if (!method.getParameters().isEmpty() || returned.getKind() == TypeKind.VOID
        || method.getModifiers().contains(Modifier.STATIC)) {
      return Optional.empty();
    }
    String rest;
    if (name.startsWith("get") && name.length() > 3) {
      rest = name.substring(3);
    } else if (name.startsWith("is") && name.length() > 2
        && (returned.getKind() == TypeKind.BOOLEAN
            || Mirrors.isType(returned, "java.lang.Boolean"))) {
      rest = name.substring(2);
    } else {
      return Optional.empty();
    }
    return Optional.of(decapitalize(rest));
  }

  /** As {@code java.beans.Introspector.decapitalize}: {@code URL} stays, {@code Name} is name. */
  private static String decapitalize(String name) {
    if (name.length() > 1 && Character.isUpperCase(name.charAt(0))
        && Character.isUpperCase(name.charAt(1))) {
      return name;
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
