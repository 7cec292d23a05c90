package dev.schemata.processor.entity;

import dev.schemata.runtime.model.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * Writes the join table of a {@code @ManyToMany} or unidirectional {@code @OneToMany}, with the
 * JPA defaults: the table {@code <owner table>_<target table>}; the owner's join columns
 * {@code <inverse attribute>_<key column>} when the relation is bidirectional, else
 * {@code <owner entity name>_<key column>}; the target's {@code <attribute>_<key column>}.
 */
final class JoinTableWriter {
  private final Keys keys;
  private final NameStyle names;
  private final Mapping.JoinTable table;
  private final Declaration owner;
  private final Keys.EntityKey ownerKey;

  JoinTableWriter(Keys keys, NameStyle names, Mapping.JoinTable table, Declaration owner,
      Keys.EntityKey ownerKey) {
    this.keys = keys;
    this.names = names;
    this.table = table;
    this.owner = owner;
    this.ownerKey = ownerKey;
  }

  /** The join table; empty after recording findings. */
  Optional<TableDraft> build(List<Finding> findings) {
    TypeElement target = table.target();
    Optional<Keys.EntityKey> targetKey = keys.key(target);
    if (targetKey.isEmpty()) {
      findings.add(Finding.on(table.source(), table.annotation(),
          dev.schemata.processor.diagnostic.Message.REFERENCED_COLUMN_NOT_FOUND, table.path(),
          target.getQualifiedName(), target.getQualifiedName(), "no primary key to reference",
          "give " + target.getSimpleName() + " an @Id of a supported type"));
      return Optional.empty();
    }
    String attribute = table.path().substring(table.path().lastIndexOf('.') + 1);
    String name = table.table().orElseGet(() -> names.apply(ownerKey.table() + "_"
        + targetKey.get().table()));
    String prefix = inverse(target, attribute).orElse(owner.entityName());
    String targetPrefix = table.name();
    Optional<Keys.Joined> ownerJoin = keys.join(table.ownerJoins(), owner.type(), ownerKey,
        keys.columns(owner.type()), c -> prefix + "_" + c, false, table.source(), table.path(),
        findings);
    Optional<Keys.Joined> targetJoin = keys.join(table.targetJoins(), target, targetKey.get(),
        keys.columns(target), c -> targetPrefix + "_" + c, false, table.source(), table.path(),
        findings);
    if (ownerJoin.isEmpty() || targetJoin.isEmpty()) {
      return Optional.empty();
    }
    TableDraft draft = new TableDraft(name, table.source());
    if (!draft.addAll(ownerJoin.get().columns(), table.source(), table.path(), findings)
        || !draft.addAll(targetJoin.get().columns(), table.source(), table.path(), findings)) {
      return Optional.empty();
    }
    draft.foreignKey(ownerJoin.get(), table.ownerJoins(), table.source(), table.annotation());
    draft.foreignKey(targetJoin.get(), table.targetJoins(), table.source(),
        table.annotation());
    List<String> targetColumns = MappingWriter.names(targetJoin.get().columns());
    if (table.uniqueTarget()) {
      draft.unique(targetColumns, table.source());
    }
    List<String> primaryKey = new ArrayList<>(MappingWriter.names(ownerJoin.get().columns()));
    switch (table.shape().kind()) {
      case SET -> primaryKey.addAll(targetColumns);
      case LIST, MAP -> {
        Column index = table.shape().index().orElseThrow();
        draft.add(index, table.source(), table.path(), false,
            table.shape().kind() == CollectionShape.Kind.LIST ? Fills.ORDER : null, findings);
        primaryKey.add(index.name());
      }
      case BAG -> primaryKey.clear();
    }
    draft.primaryKey(primaryKey);
    return Optional.of(draft);
  }

  /** The attribute of the target that maps this relation back, if it is bidirectional. */
  private Optional<String> inverse(TypeElement target, String attribute) {
    Optional<TypeElement> current = Optional.of(target);
    while (current.isPresent()) {
      Declaration declaration = keys.declaration(current.get());
      for (Mapping mapping : declaration.mappings()) {
        if (mapping instanceof Mapping.Inverse inverse && inverse.mappedBy().equals(attribute)
            && isOwnerOrAncestor(inverse.target())) {
          return Optional.of(inverse.name());
        }
      }
      current = declaration.hierarchy().parent();
    }
    return Optional.empty();
  }

  private boolean isOwnerOrAncestor(TypeElement type) {
    Optional<TypeElement> current = Optional.of(owner.type());
    while (current.isPresent()) {
      if (current.get().getQualifiedName().equals(type.getQualifiedName())) {
        return true;
      }
      current = keys.declaration(current.get()).hierarchy().parent();
    }
    return false;
  }
}
