package dev.schemata.processor.entity;

import dev.schemata.processor.diagnostic.Message;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Finds the database-side type of an {@code @Convert(converter = C.class)}: the {@code Y} of the
 * {@code AttributeConverter<X, Y>} that {@code C} implements, directly or through superclasses and
 * superinterfaces. Converters applied automatically ({@code @Converter(autoApply = true)}) cannot
 * be found without scanning the class path, and are not read.
 */
final class Converters {
  private final Supertypes supertypes;
  private final Mirrors mirrors;

  Converters(Types types, Mirrors mirrors) {
    this.supertypes = new Supertypes(types);
    this.mirrors = mirrors;
  }

  /**
   * The type the attribute's converter stores, empty when it has none; null after recording a
   * finding.
   */
  Optional<TypeMirror> converted(Attribute attribute, List<Finding> findings) {
    Optional<AnnotationMirror> convert = Mirrors.find(attribute.element(), Jpa.CONVERT);
    if (convert.isEmpty() || mirrors.bool(convert.get(), "disableConversion")) {
      return Optional.empty();
    }
    Unsupported.attributes(attribute.element(), attribute.describe(), convert.get(), findings,
        "attributeName");
    TypeMirror converter = mirrors.type(convert.get(), "converter");
    if (converter.getKind() != TypeKind.DECLARED) {
      findings.add(Finding.on(attribute.element(), convert.get(), Message.INVALID_CONVERTER,
          converter, attribute.name(), "it names no converter class (converters applied "
              + "automatically are not read)"));
      return null;
    }
    Optional<DeclaredType> implemented = supertypes.find(converter, Jpa.ATTRIBUTE_CONVERTER);
    Optional<TypeMirror> stored = implemented.<List<? extends TypeMirror>>map(
        DeclaredType::getTypeArguments)
        .filter(a -> a.size() == 2).<TypeMirror>map(a -> a.get(1))
        .filter(t -> t.getKind() == TypeKind.DECLARED || t.getKind() == TypeKind.ARRAY);
    if (stored.isEmpty()) {
      findings.add(Finding.on(attribute.element(), convert.get(), Message.INVALID_CONVERTER,
          converter, attribute.name(), implemented.isEmpty()
              ? "it does not implement jakarta.persistence.AttributeConverter"
              : "its database-side type is not a concrete type"));
      return null;
    }
    return stored;
  }
}
