package dev.schemata.processor.entity;

import dev.schemata.processor.diagnostic.Message;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.TypeElement;

/**
 * Turns a relation into its join column and foreign key, once the target entity's declaration is
 * known: the column takes the type of the referenced column, without its identity.
 */
final class RelationResolver {
  private final Function<TypeElement, Declaration> declarations;

  /** Looks up targets through {@code declarations}, which also reads entities not being read. */
  RelationResolver(Function<TypeElement, Declaration> declarations) {
    this.declarations = declarations;
  }

  /**
   * The join column and foreign key.
   *
   * @param column the join column
   * @param foreignKey the key from it to the target table
   */
  record Resolved(Column column, ForeignKey foreignKey) {}

  /** The resolved relation; empty after recording a finding. */
  Optional<Resolved> resolve(String table, FieldMapping.Relation relation,
      List<Finding> findings) {
    Declaration target = declarations.apply(relation.target());
    Optional<Column> referenced = referencedColumn(relation, target, findings);
    if (referenced.isEmpty()) {
      return Optional.empty();
    }
    String name = relation.columnName().orElseGet(() -> Naming.joinColumn(
        relation.field().getSimpleName().toString(), referenced.get().name()));
    Column.Builder column = Column.named(name).type(referenced.get().type());
    if (relation.nullable()) {
      column.nullable();
    }
    ForeignKey key = ForeignKey.named(Naming.foreignKey(table, name)).columns(name)
        .references(target.table(), referenced.get().name()).build();
    return Optional.of(new Resolved(column.build(), key));
  }

  private static Optional<Column> referencedColumn(FieldMapping.Relation relation,
      Declaration target, List<Finding> findings) {
    List<Column> columns = target.basics().stream().map(FieldMapping.Basic::column).toList();
    String targetName = target.type().getQualifiedName().toString();
    Optional<Column> found;
    String lacks;
    String advice;
    if (relation.referencedColumn().isPresent()) {
      String wanted = relation.referencedColumn().get();
      found = columns.stream().filter(c -> c.name().equals(wanted)).findFirst();
      lacks = "no column " + wanted + " (it has " + names(columns) + ")";
      advice = "name one of its columns in @JoinColumn(referencedColumnName)";
    } else {
      found = target.id().map(FieldMapping.Basic::column);
      lacks = "no single @Id column to reference";
      advice = "give " + target.type().getSimpleName() + " one @Id field of a supported type";
    }
    if (found.isEmpty() || target.table().isEmpty()) {
      findings.add(Finding.on(relation.field(), relation.joinColumn().orElse(relation.annotation()),
          Message.REFERENCED_COLUMN_NOT_FOUND, relation.field().getSimpleName(), targetName,
          target.table().isEmpty() ? targetName : target.table(), lacks, advice));
    }
    return found.filter(c -> !target.table().isEmpty());
  }

  private static String names(List<Column> columns) {
    return columns.isEmpty() ? "none"
        : String.join(", ", columns.stream().map(Column::name).toList());
  }
}
