package dev.schemata.processor.entity;

import dev.schemata.processor.diagnostic.Message;
import dev.schemata.processor.diagnostic.Reporter;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Reads {@code @Entity} classes into a {@link Schema}, with names and types as Hibernate ORM
 * gives them by default. Works alike on entities compiled in this round and on entities loaded
 * from class files. An entity with problems is reported, on the element and the annotation value
 * at fault, and left out; the others are still read.
 */
public final class EntityReader {
  private final Reporter reporter;
  private final DeclarationReader declarations;
  private final Mirrors mirrors;

  /** A reader that reports through {@code reporter}. */
  public EntityReader(ProcessingEnvironment environment, Reporter reporter) {
    this.reporter = reporter;
    this.mirrors = new Mirrors(environment.getElementUtils());
    this.declarations = new DeclarationReader(mirrors);
  }

  /**
   * Reads the entities, in the order of their qualified names so that diagnostics and the
   * choice between two entities that claim one table are the same on every build.
   */
  public EntityModel read(Collection<TypeElement> entities) {
    Map<String, Declaration> cache = new HashMap<>();
    TableAssembler assembler = new TableAssembler(mirrors, new RelationResolver(
        type -> cache.computeIfAbsent(type.getQualifiedName().toString(),
            name -> declarations.read(type))));
    ConstraintNames names = new ConstraintNames();
    Map<String, TypeElement> byTable = new TreeMap<>();
    TreeMap<String, String> tableByEntity = new TreeMap<>();
    Map<String, Map<String, Element>> columns = new HashMap<>();
    List<Table> tables = new ArrayList<>();
    for (TypeElement entity : sorted(entities)) {
      Optional<TableAssembler.Assembled> assembled;
      try {
        Declaration declaration = cache.computeIfAbsent(entity.getQualifiedName().toString(),
            name -> declarations.read(entity));
        assembled = assemble(declaration, assembler, names, byTable);
      } catch (RuntimeException e) {
        // A bug of ours, not the user's: said once, on the entity, without a stack trace.
        reporter.report(Message.INTERNAL_ERROR, entity, "reading " + entity.getQualifiedName()
            + ": " + e);
        continue;
      }
      assembled.ifPresent(a -> {
        names.claim(a.names());
        byTable.put(a.table().name(), entity);
        tableByEntity.put(entity.getQualifiedName().toString(), a.table().name());
        columns.put(a.table().name(), a.columns());
        tables.add(a.table());
      });
    }
    return new EntityModel(Schema.of(tables), tableByEntity,
        new SourceMap(new HashMap<>(byTable), columns));
  }

  private Optional<TableAssembler.Assembled> assemble(Declaration declaration,
      TableAssembler assembler, ConstraintNames names, Map<String, TypeElement> byTable) {
    List<Finding> findings = new ArrayList<>(declaration.findings());
    TypeElement holder = byTable.get(declaration.table());
    if (holder != null) {
      findings.add(Finding.on(declaration.type(), Message.DUPLICATE_TABLE,
          declaration.type().getQualifiedName(), declaration.table(),
          holder.getQualifiedName()));
    }
    Optional<TableAssembler.Assembled> assembled = assembler.assemble(declaration, names,
        findings);
    findings.forEach(f -> f.reportTo(reporter));
    return assembled;
  }

  private static List<TypeElement> sorted(Collection<TypeElement> entities) {
    Map<String, TypeElement> unique = new TreeMap<>();
    entities.forEach(e -> unique.putIfAbsent(e.getQualifiedName().toString(), e));
    return List.copyOf(unique.values());
  }
}
