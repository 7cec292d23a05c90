package dev.schemata.processor.entity;

import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Finds a generic supertype with its type arguments as a subtype fixes them. */
final class Supertypes {
  private final Types types;

  Supertypes(Types types) {
    this.types = types;
  }

  /**
   * The supertype of {@code type} (or itself) named {@code qualifiedName}, such as
   * {@code java.util.Map<String, Integer>} for a {@code TreeMap<String, Integer>}.
   */
  Optional<DeclaredType> find(TypeMirror type, String qualifiedName) {
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    if (element.getQualifiedName().contentEquals(qualifiedName)) {
      return Optional.of((DeclaredType) type);
    }
    for (TypeMirror parent : types.directSupertypes(type)) {
      Optional<DeclaredType> found = find(parent, qualifiedName);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
