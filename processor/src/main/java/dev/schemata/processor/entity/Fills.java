package dev.schemata.processor.entity;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.SqlType;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * The value that rows already in a table get when a NOT NULL column is added to it, and that rows
 * holding NULL get when a column is made NOT NULL: the one {@code @FillWith} gives, else for a
 * primitive or {@code @Version} attribute its Java zero value ({@code 0}, {@code FALSE}) where its
 * column type holds it, and {@code 0} for a list's order column. Other columns have none; adding
 * them NOT NULL to an existing table is a compile error, making them NOT NULL a warning.
 */
final class Fills {
  static final String ANNOTATION = "dev.schemata.annotations.FillWith";
  /** The position that existing rows of a list get in a new order column. */
  static final String ORDER = "0";

  private static final Set<SqlType.Kind> NUMBERS = Set.of(SqlType.Kind.TINYINT,
      SqlType.Kind.SMALLINT, SqlType.Kind.INTEGER, SqlType.Kind.BIGINT, SqlType.Kind.REAL,
      SqlType.Kind.DOUBLE, SqlType.Kind.DECIMAL);

  private Fills() {}

  /** The fill of a basic attribute's column. */
  static Optional<String> of(Attribute attribute, Column column) {
    Optional<String> written = written(attribute.element());
    if (written.isPresent()) {
      return written;
    }
    boolean zeroed = attribute.type().getKind().isPrimitive()
        || Mirrors.has(attribute.element(), Jpa.VERSION);
    if (!zeroed) {
      return Optional.empty();
    }
    if (column.type().kind() == SqlType.Kind.BOOLEAN) {
      return Optional.of("FALSE");
    }
    return NUMBERS.contains(column.type().kind()) ? Optional.of("0") : Optional.empty();
  }

  /** The value {@code @FillWith} gives on the element, if any. */
  static Optional<String> written(Element element) {
    return Mirrors.find(element, ANNOTATION).flatMap(a -> a.getElementValues().entrySet()
        .stream().filter(e -> e.getKey().getSimpleName().contentEquals("value"))
        .map(e -> String.valueOf(e.getValue().getValue())).findFirst())
        .map(String::strip).filter(value -> !value.isEmpty());
  }
}
