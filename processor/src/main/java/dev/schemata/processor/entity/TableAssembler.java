package dev.schemata.processor.entity;

import dev.schemata.processor.diagnostic.Message;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Builds the tables of one entity from its declaration: its own table as its inheritance
 * strategy shapes it, and the join and collection tables of its attributes.
 */
final class TableAssembler {
  private static final int DISCRIMINATOR_LENGTH = 31;

  private final Mirrors mirrors;
  private final Keys keys;
  private final NameStyle names;
  private final MappingWriter writer;
  private final TableConstraints constraints;

  TableAssembler(Mirrors mirrors, Keys keys, NameStyle names) {
    this.mirrors = mirrors;
    this.keys = keys;
    this.names = names;
    this.writer = new MappingWriter(keys, names);
    this.constraints = new TableConstraints(mirrors, names);
  }

  /**
   * The tables of an entity.
   *
   * @param own the entity's own table; empty for a single-table subclass, whose columns are in
   *     the root's table, and for an abstract table-per-class entity, which has no rows
   * @param output the join and collection tables, and columns for other tables
   */
  record Assembled(Optional<TableDraft> own, MappingWriter.Output output) {}

  /**
   * The tables; findings are recorded when something is wrong.
   *
   * @param subclasses the single-table subclasses to fold into a root's table, read without
   *     problems, in a stable order
   */
  Assembled assemble(Declaration declaration, List<Declaration> subclasses,
      List<Finding> findings) {
    Hierarchy hierarchy = declaration.hierarchy();
    MappingWriter.Output output = new MappingWriter.Output();
    boolean singleTable = hierarchy.strategy() == Hierarchy.Strategy.SINGLE_TABLE;
    boolean perClass = hierarchy.strategy() == Hierarchy.Strategy.TABLE_PER_CLASS;
    if (singleTable && !hierarchy.isRoot() || perClass
        && declaration.type().getModifiers().contains(Modifier.ABSTRACT)) {
      // The columns live in other tables; the collections still need their own tables.
      TableDraft elsewhere = new TableDraft(keys.table(declaration), declaration.type());
      for (Mapping mapping : declaration.mappings()) {
        if (!(mapping instanceof Mapping.Basic) && !(mapping instanceof Mapping.ToOne)) {
          writer.write(mapping, declaration, elsewhere, true, output, findings);
        }
      }
      return new Assembled(Optional.empty(), output);
    }
    TableDraft draft = new TableDraft(declaration.table(), declaration.type());
    if (hierarchy.strategy() == Hierarchy.Strategy.JOINED && !hierarchy.isRoot()) {
      joinParent(declaration, draft, findings);
    }
    if (perClass) {
      for (Declaration ancestor : ancestors(declaration)) {
        columnsOf(ancestor).forEach(m -> writer.write(m, declaration, draft, false, output,
            findings));
      }
    }
    declaration.mappings().forEach(m -> writer.write(m, declaration, draft, false, output,
        findings));
    if (hierarchy.isRoot()) {
      discriminator(declaration, !subclasses.isEmpty(), findings)
          .ifPresent(c -> draft.add(c, declaration.type(), c.name(), false, findings));
    }
    for (Declaration subclass : subclasses) {
      columnsOf(subclass).forEach(m -> writer.write(m, subclass, draft, true, output,
          findings));
    }
    keys.key(declaration.type()).ifPresent(k -> draft.primaryKey(MappingWriter.names(
        k.columns())));
    constraints.add(declaration, draft, findings);
    return new Assembled(Optional.of(draft), output);
  }

  /** The primary key join columns of a {@code JOINED} subclass, and their key to the parent. */
  private void joinParent(Declaration declaration, TableDraft draft, List<Finding> findings) {
    TypeElement parent = declaration.hierarchy().parent().orElseThrow();
    Optional<Keys.EntityKey> parentKey = keys.key(parent);
    if (parentKey.isEmpty()) {
      return;
    }
    keys.join(declaration.primaryKeyJoins(), parent, parentKey.get(),
        parentKey.get().columns(), UnaryOperator.identity(), false, declaration.type(),
        declaration.type().getSimpleName().toString(), findings).ifPresent(joined -> {
          draft.addAll(joined.columns(), declaration.type(), "id", findings);
          draft.foreignKey(joined, declaration.primaryKeyJoins(), declaration.type(), null);
        });
  }

  /** The mappings stored in the entity's own table: columns and to-one relations. */
  private static List<Mapping> columnsOf(Declaration declaration) {
    return declaration.mappings().stream().filter(m -> m instanceof Mapping.Basic
        || m instanceof Mapping.ToOne).toList();
  }

  /** The entity declarations above this one, root first. */
  private List<Declaration> ancestors(Declaration declaration) {
    List<Declaration> ancestors = new ArrayList<>();
    Optional<TypeElement> parent = declaration.hierarchy().parent();
    while (parent.isPresent()) {
      Declaration ancestor = keys.declaration(parent.get());
      ancestors.add(0, ancestor);
      parent = ancestor.hierarchy().parent();
    }
    return ancestors;
  }

  /**
   * The discriminator column of a root, when Hibernate ORM makes one: for a single table with
   * subclasses or a written {@code @DiscriminatorColumn}, and for {@code JOINED} only when
   * written. {@code DTYPE VARCHAR(31) NOT NULL} by default.
   */
  private Optional<Column> discriminator(Declaration root, boolean subclasses,
      List<Finding> findings) {
    Hierarchy hierarchy = root.hierarchy();
    Optional<AnnotationMirror> written = hierarchy.discriminator();
    boolean wanted = switch (hierarchy.strategy()) {
      case SINGLE_TABLE -> subclasses || written.isPresent();
      case JOINED -> written.isPresent();
      case TABLE_PER_CLASS -> false;
    };
    if (!wanted) {
      return Optional.empty();
    }
    if (written.isEmpty()) {
      return Optional.of(Column.named(names.apply("DTYPE"))
          .type(SqlType.varchar(DISCRIMINATOR_LENGTH)).build());
    }
    AnnotationMirror column = written.get();
    String where = "@Entity " + root.type().getQualifiedName();
    Unsupported.attributes(root.type(), where, column, findings, "columnDefinition");
    Optional<String> name = Naming.written(mirrors, root.type(), column, "name",
        "discriminator column name", "DTYPE", findings);
    int length = mirrors.integer(column, "length");
    if (length <= 0) {
      findings.add(Finding.on(root.type(), column, Mirrors.explicit(column, "length")
          .orElse(null), Message.INVALID_COLUMN_SIZE, "@DiscriminatorColumn", "length", length,
          root.type().getSimpleName(), "the length must be positive"));
      return Optional.empty();
    }
    SqlType type = switch (mirrors.constant(column, "discriminatorType")) {
      case "CHAR" -> SqlType.fixedChar(1);
      case "INTEGER" -> SqlType.INTEGER;
      default -> SqlType.varchar(length);
    };
    return name.map(n -> Column.named(names.apply(n)).type(type).build());
  }
}
