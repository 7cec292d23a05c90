package dev.schemata.processor.entity;

import dev.schemata.processor.diagnostic.Message;
import dev.schemata.runtime.model.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes mappings into table drafts: columns and keys into the owner's table, join and collection
 * tables of their own, and join columns that belong to another entity's table.
 */
final class MappingWriter {
  private final Keys keys;
  private final NameStyle names;

  MappingWriter(Keys keys, NameStyle names) {
    this.keys = keys;
    this.names = names;
  }

  /**
   * What an entity writes outside its own table.
   *
   * @param tables join and collection tables
   * @param foreign join columns to add to other entities' tables, once they exist
   */
  record Output(List<TableDraft> tables, List<Foreign> foreign) {
    Output() {
      this(new ArrayList<>(), new ArrayList<>());
    }
  }

  /**
   * Join columns for another entity's table.
   *
   * @param draft a draft holding the columns and foreign key, named after the target table
   * @param path the attribute, for messages
   */
  record Foreign(TableDraft draft, String path) {}

  /**
   * Writes one mapping of {@code owner}.
   *
   * @param nullable whether every column must accept NULL (single-table subclasses)
   */
  void write(Mapping mapping, Declaration owner, TableDraft draft, boolean nullable,
      Output output, List<Finding> findings) {
    if (mapping instanceof Mapping.Basic basic) {
      Column column = basic.column();
      draft.add(nullable && !column.nullable() ? nullable(column) : column, basic.source(),
          basic.path(), basic.unique(), basic.fill(), findings);
    } else if (mapping instanceof Mapping.ToOne toOne) {
      keys.toOne(toOne, findings).ifPresent(joined -> {
        List<Column> columns = joined.columns().stream()
            .map(c -> nullable && !c.nullable() ? nullable(c) : c).toList();
        if (draft.addAll(columns, toOne.source(), toOne.path(), findings)) {
          Fills.written(toOne.source()).ifPresent(fill -> columns.forEach(
              c -> draft.fills.put(c.name(), fill)));
          Keys.Joined written = new Keys.Joined(columns, joined.table(), joined.referenced());
          draft.foreignKey(written, toOne.joins(), toOne.source(), toOne.annotation());
          if (toOne.unique()) {
            draft.unique(columns.stream().map(Column::name).toList(), toOne.source());
          }
        }
      });
    } else if (mapping instanceof Mapping.JoinTable table) {
      ownerKey(owner, mapping, findings).ifPresent(key -> joinTable(table, owner, key)
          .build(findings).ifPresent(output.tables()::add));
    } else if (mapping instanceof Mapping.ElementTable table) {
      ownerKey(owner, mapping, findings).ifPresent(key -> elementTable(table, owner, key,
          findings).ifPresent(output.tables()::add));
    } else if (mapping instanceof Mapping.ForeignColumns columns) {
      ownerKey(owner, mapping, findings).ifPresent(key -> foreign(columns, owner, key,
          findings).ifPresent(output.foreign()::add));
    }
  }

  private Optional<Keys.EntityKey> ownerKey(Declaration owner, Mapping mapping,
      List<Finding> findings) {
    Optional<Keys.EntityKey> key = keys.key(owner.type());
    if (key.isEmpty() && findings.isEmpty()) {
      findings.add(Finding.on(mapping.source(), Message.ENTITY_WITHOUT_ID,
          owner.type().getQualifiedName()));
    }
    return key;
  }

  private JoinTableWriter joinTable(Mapping.JoinTable table, Declaration owner,
      Keys.EntityKey key) {
    return new JoinTableWriter(keys, names, table, owner, key);
  }

  private Optional<TableDraft> elementTable(Mapping.ElementTable table, Declaration owner,
      Keys.EntityKey key, List<Finding> findings) {
    String name = table.table().orElseGet(() -> names.apply(owner.entityName() + "_"
        + table.name()));
    TableDraft draft = new TableDraft(name, table.source());
    Optional<Keys.Joined> joined = keys.join(table.ownerJoins(), owner.type(), key,
        keys.columns(owner.type()), c -> owner.entityName() + "_" + c, false, table.source(),
        table.path(), findings);
    if (joined.isEmpty() || !draft.addAll(joined.get().columns(), table.source(), table.path(),
        findings)) {
      return Optional.empty();
    }
    draft.foreignKey(joined.get(), table.ownerJoins(), table.source(), null);
    Output nested = new Output();
    int before = draft.columns.size();
    for (Mapping element : table.elements()) {
      write(element, owner, draft, false, nested, findings);
    }
    List<Column> elements = draft.columns.subList(before, draft.columns.size());
    List<String> primaryKey = new ArrayList<>(names(joined.get().columns()));
    boolean nullableElement = elements.stream().anyMatch(Column::nullable);
    switch (table.shape().kind()) {
      case SET -> primaryKey.addAll(nullableElement ? List.of() : names(List.copyOf(elements)));
      case LIST, MAP -> table.shape().index().ifPresent(index -> {
        draft.add(index, table.source(), table.path(), false,
            table.shape().kind() == CollectionShape.Kind.LIST ? Fills.ORDER : null, findings);
        primaryKey.add(index.name());
      });
      case BAG -> primaryKey.clear();
    }
    if (table.shape().kind() == CollectionShape.Kind.SET && primaryKey.size()
        == joined.get().columns().size()) {
      primaryKey.clear();
      if (nullableElement) {
        // A primary key cannot hold NULL; as Hibernate ORM, a unique key keeps the set a set.
        List<String> unique = new ArrayList<>(names(joined.get().columns()));
        unique.addAll(names(List.copyOf(elements)));
        draft.unique(unique, table.source());
      }
    }
    draft.primaryKey(primaryKey);
    return Optional.of(draft);
  }

  private Optional<Foreign> foreign(Mapping.ForeignColumns columns, Declaration owner,
      Keys.EntityKey key, List<Finding> findings) {
    Optional<Keys.EntityKey> target = keys.key(columns.target());
    if (target.isEmpty()) {
      return Optional.empty();
    }
    String attribute = columns.name();
    boolean nullable = columns.joins().columns().stream().allMatch(JoinColumns.Spec::nullable);
    Optional<Keys.Joined> joined = keys.join(columns.joins(), owner.type(), key,
        keys.columns(owner.type()), c -> attribute + "_" + c, nullable, columns.source(),
        columns.path(), findings);
    if (joined.isEmpty()) {
      return Optional.empty();
    }
    TableDraft draft = new TableDraft(target.get().table(), columns.source());
    draft.addAll(joined.get().columns(), columns.source(), columns.path(), findings);
    draft.foreignKey(joined.get(), columns.joins(), columns.source(), null);
    return Optional.of(new Foreign(draft, columns.path()));
  }

  static Column nullable(Column column) {
    return new Column(column.name(), column.type(), true, column.defaultValue(), false,
        column.values(), column.enumType());
  }

  static List<String> names(List<Column> columns) {
    return columns.stream().map(Column::name).toList();
  }
}
