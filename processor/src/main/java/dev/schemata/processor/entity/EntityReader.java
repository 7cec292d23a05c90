package dev.schemata.processor.entity;

import dev.schemata.processor.diagnostic.Message;
import dev.schemata.processor.diagnostic.Reporter;
import dev.schemata.runtime.diff.DiffHints;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Types;

/**
 * Reads {@code @Entity} classes into a {@link Schema}, with names and types as Hibernate ORM
 * gives them by default. Works alike on entities compiled in this round and on entities loaded
 * from class files. An entity with problems is reported, on the element and the annotation value
 * at fault, and left out; the others are still read.
 *
 * <p>Subclasses of an entity hierarchy are found among the entities passed in, never by
 * scanning: pass every entity of the module.
 */
public final class EntityReader {
  private final Reporter reporter;
  private final Mirrors mirrors;
  private final Types types;
  private final NameStyle names;
  private final PostgresEnums enums;

  /**
   * A reader that reports through {@code reporter}, with the name style of the processor option
   * {@value NameStyle#OPTION} and the enum columns of {@value PostgresEnums#OPTION}; an unknown
   * value of either is reported, and the default used.
   */
  public EntityReader(ProcessingEnvironment environment, Reporter reporter) {
    this(environment, reporter, style(environment, reporter), enums(environment, reporter));
  }

  /**
   * A reader that reports through {@code reporter}, names tables in {@code names} and restricts
   * enum columns on PostgreSQL as {@code enums} says.
   */
  public EntityReader(ProcessingEnvironment environment, Reporter reporter, NameStyle names,
      PostgresEnums enums) {
    this.reporter = reporter;
    this.mirrors = new Mirrors(environment.getElementUtils());
    this.types = environment.getTypeUtils();
    this.names = names;
    this.enums = enums;
  }

  private static PostgresEnums enums(ProcessingEnvironment environment, Reporter reporter) {
    String value = environment.getOptions().get(PostgresEnums.OPTION);
    if (value == null) {
      return PostgresEnums.CHECK;
    }
    Optional<PostgresEnums> choice = PostgresEnums.fromOption(value);
    if (choice.isEmpty()) {
      reporter.report(Message.INVALID_POSTGRES_ENUMS_OPTION, null, value);
    }
    return choice.orElse(PostgresEnums.CHECK);
  }

  private static NameStyle style(ProcessingEnvironment environment, Reporter reporter) {
    String value = environment.getOptions().get(NameStyle.OPTION);
    if (value == null) {
      return NameStyle.JPA;
    }
    Optional<NameStyle> style = NameStyle.fromOption(value);
    if (style.isEmpty()) {
      reporter.report(Message.INVALID_NAMING_OPTION, null, value);
    }
    return style.orElse(NameStyle.JPA);
  }

  /**
   * Reads the entities, roots before their subclasses and otherwise in the order of their
   * qualified names, so that diagnostics and the choice between two entities that claim one
   * table are the same on every build.
   */
  public EntityModel read(Collection<TypeElement> entities) {
    Renaming renaming = Renaming.current(mirrors);
    Accepted accepted = read(entities, renaming, false);
    EntityModel model = accepted.model(renaming.found());
    reportTypesNamedLikeTables(model);
    return model;
  }

  /**
   * PostgreSQL gives every table a type of its own name, so an enum type named like a table (as
   * PostgreSQL folds unquoted names) cannot be created.
   */
  private void reportTypesNamedLikeTables(EntityModel model) {
    Map<String, String> tables = new HashMap<>();
    model.schema().tables().keySet().forEach(t -> tables.put(t.toLowerCase(Locale.ROOT), t));
    Set<String> reported = new HashSet<>();
    for (Table table : model.schema().tables().values()) {
      for (Column column : table.columns()) {
        String type = column.enumType();
        String clash = type == null ? null : tables.get(type.toLowerCase(Locale.ROOT));
        if (clash != null && reported.add(type)) {
          reporter.report(Message.ENUM_TYPE_NAMED_LIKE_TABLE,
              model.sources().column(table.name(), column.name()).orElse(null),
              table.name() + "." + column.name(), type, clash);
        }
      }
    }
  }

  /**
   * The renames that the {@code @RenamedFrom} of {@code renamed} imply: the entities are read
   * once more with the previous names of those elements, by the same naming rules, and every
   * table and column name that differs from the current reading is a rename, including default
   * names derived from a renamed one (join tables, join columns, collection tables). Nothing is
   * reported; a name that only clashes in the previous reading still pairs.
   *
   * @return the renames, with columns named by their tables' current names
   */
  public DiffHints renames(Collection<TypeElement> entities, Collection<RenamedElement> renamed) {
    if (renamed.isEmpty()) {
      return DiffHints.NONE;
    }
    Set<Element> elements = new HashSet<>();
    renamed.forEach(r -> elements.add(r.element()));
    List<TableDraft> now = read(entities, Renaming.current(mirrors), true).order;
    List<TableDraft> before = read(entities, Renaming.previous(mirrors, elements), true).order;
    return RenamePairs.of(now, before);
  }

  /**
   * Reads the entities with the given names. A lenient reading reports nothing and keeps every
   * table it can assemble, for pairing with another reading.
   */
  private Accepted read(Collection<TypeElement> entities, Renaming renaming, boolean lenient) {
    Map<String, Declaration> cache = new HashMap<>();
    DeclarationReader reader = new DeclarationReader(mirrors, types, names, renaming,
        new EnumTypeNames(enums));
    Keys keys = new Keys(type -> cache.computeIfAbsent(type.getQualifiedName().toString(),
        name -> reader.read(type)), names);
    Accepted accepted = new Accepted();
    IdGenerators generators = new IdGenerators(mirrors, names,
        new GeneratorCatalog(mirrors, entities));
    List<TypeElement> ordered = ordered(entities, keys);
    for (TypeElement entity : ordered) {
      try {
        read(keys.declaration(entity), ordered, keys, generators, accepted, lenient);
      } catch (RuntimeException e) {
        // A bug of ours, not the user's: said once, on the entity, without a stack trace.
        if (!lenient) {
          reporter.report(Message.INTERNAL_ERROR, entity, "reading "
              + entity.getQualifiedName() + ": " + e);
        }
      }
    }
    accepted.applyForeign(lenient ? null : reporter);
    return accepted;
  }

  private void read(Declaration declaration, List<TypeElement> ordered, Keys keys,
      IdGenerators generators, Accepted accepted, boolean lenient) {
    List<Finding> findings = new ArrayList<>(declaration.findings());
    Hierarchy hierarchy = declaration.hierarchy();
    boolean folded = hierarchy.strategy() == Hierarchy.Strategy.SINGLE_TABLE
        && !hierarchy.isRoot();
    if (folded && !accepted.hasEntity(hierarchy.root())) {
      // The root's own problems are reported on the root; without it there is no table.
      report(findings, lenient);
      return;
    }
    List<Declaration> subclasses = findings.isEmpty() && hierarchy.isRoot()
        && hierarchy.strategy() == Hierarchy.Strategy.SINGLE_TABLE
        ? subclasses(declaration.type(), ordered, keys) : List.of();
    TableAssembler.Assembled assembled = findings.isEmpty()
        ? new TableAssembler(mirrors, keys, names).assemble(declaration, subclasses, findings)
        : null;
    Optional<IdGenerators.Generator> generator = Optional.empty();
    if (assembled != null && !lenient) {
      accepted.check(declaration, assembled, findings);
      generator = findings.isEmpty() ? generators.read(declaration, findings) : generator;
      generator.ifPresent(g -> accepted.generators.check(g, accepted.holders, findings));
    }
    report(findings, lenient);
    if (findings.isEmpty() || lenient && assembled != null) {
      accepted.add(declaration, keys.table(declaration), assembled);
      generator.ifPresent(g -> accepted.generators.add(g, accepted.holders));
    }
  }

  private void report(List<Finding> findings, boolean lenient) {
    if (!lenient) {
      findings.forEach(f -> f.reportTo(reporter));
    }
  }

  /** The single-table subclasses of a root that read without problems, parents first. */
  private static List<Declaration> subclasses(TypeElement root, List<TypeElement> ordered,
      Keys keys) {
    return ordered.stream().map(keys::declaration)
        .filter(d -> !d.hierarchy().isRoot() && d.findings().isEmpty()
            && d.hierarchy().root().getQualifiedName().equals(root.getQualifiedName()))
        .toList();
  }

  /** Distinct entities, roots before subclasses, then by qualified name. */
  private static List<TypeElement> ordered(Collection<TypeElement> entities, Keys keys) {
    Map<String, TypeElement> unique = new TreeMap<>();
    entities.forEach(e -> unique.putIfAbsent(e.getQualifiedName().toString(), e));
    // Declarations are read once, here and by name, so that what one claims before another
    // (the name of an enum type) goes by name too.
    unique.values().forEach(keys::declaration);
    return unique.values().stream()
        .sorted(Comparator.comparingInt((TypeElement e) -> depth(keys.declaration(e), keys))
            .thenComparing(e -> e.getQualifiedName().toString()))
        .toList();
  }

  private static int depth(Declaration declaration, Keys keys) {
    int depth = 0;
    Optional<TypeElement> parent = declaration.hierarchy().parent();
    while (parent.isPresent()) {
      depth++;
      parent = keys.declaration(parent.get()).hierarchy().parent();
    }
    return depth;
  }

  /** The tables accepted so far, with their sources. */
  private static final class Accepted {
    private final Map<String, TableDraft> drafts = new LinkedHashMap<>();
    /** Every table in the order read, even two of one name in a lenient reading. */
    private final List<TableDraft> order = new ArrayList<>();
    private final Map<String, String> holders = new HashMap<>();
    private final GeneratorObjects generators = new GeneratorObjects();
    private final TreeMap<String, String> tableByEntity = new TreeMap<>();
    private final ConstraintNames constraintNames = new ConstraintNames();
    private final List<MappingWriter.Foreign> foreign = new ArrayList<>();

    boolean hasEntity(TypeElement entity) {
      return tableByEntity.containsKey(entity.getQualifiedName().toString());
    }

    /** Records findings for tables or constraint names that others hold already. */
    void check(Declaration declaration, TableAssembler.Assembled assembled,
        List<Finding> findings) {
      List<TableDraft> all = all(assembled);
      Map<String, String> seen = new HashMap<>(holders);
      for (TableDraft draft : all) {
        String holder = seen.putIfAbsent(draft.name, holder(declaration, draft));
        if (holder == null) {
          continue;
        }
        if (draft.source == declaration.type()) {
          findings.add(Finding.on(declaration.type(), Message.DUPLICATE_TABLE,
              declaration.type().getQualifiedName(), draft.name, holder));
        } else {
          findings.add(Finding.on(draft.source, Message.DUPLICATE_COLLECTION_TABLE,
              draft.source.getSimpleName(), draft.name, holder));
        }
      }
      if (findings.isEmpty()) {
        constraintNames.check(all.stream().flatMap(d -> d.names.stream()).toList(), findings);
      }
    }

    void add(Declaration declaration, String table, TableAssembler.Assembled assembled) {
      tableByEntity.put(declaration.type().getQualifiedName().toString(), table);
      for (TableDraft draft : all(assembled)) {
        drafts.put(draft.name, draft);
        order.add(draft);
        holders.put(draft.name, holder(declaration, draft));
        constraintNames.claim(draft.names);
      }
      foreign.addAll(assembled.output().foreign());
    }

    private static String holder(Declaration declaration, TableDraft draft) {
      return draft.source == declaration.type()
          ? "@Entity " + declaration.type().getQualifiedName()
          : "field " + draft.source.getEnclosingElement().getSimpleName() + "."
              + draft.source.getSimpleName();
    }

    private static List<TableDraft> all(TableAssembler.Assembled assembled) {
      List<TableDraft> all = new ArrayList<>();
      assembled.own().ifPresent(all::add);
      all.addAll(assembled.output().tables());
      return all;
    }

    /**
     * Adds the join columns that unidirectional one-to-many relations put in other tables;
     * reports problems through {@code reporter} unless it is null.
     */
    void applyForeign(Reporter reporter) {
      for (MappingWriter.Foreign columns : foreign) {
        TableDraft target = drafts.get(columns.draft().name);
        if (target == null) {
          continue;
        }
        List<Finding> findings = new ArrayList<>();
        Element source = columns.draft().source;
        if (target.addAll(columns.draft().columns, source, columns.path(), findings)
            && constraintNames.check(columns.draft().names, findings)) {
          target.foreignKeys.addAll(columns.draft().foreignKeys);
          target.names.addAll(columns.draft().names);
          constraintNames.claim(columns.draft().names);
        }
        if (reporter != null) {
          findings.forEach(f -> f.reportTo(reporter));
        }
      }
    }

    EntityModel model(List<RenamedElement> renamed) {
      Map<String, Element> tables = new HashMap<>();
      Map<String, Map<String, Element>> columns = new HashMap<>();
      drafts.values().forEach(d -> {
        tables.put(d.name, d.source);
        columns.put(d.name, d.sources);
      });
      generators.sources().forEach(tables::putIfAbsent);
      List<Table> all = new ArrayList<>(drafts.values().stream().map(TableDraft::build)
          .toList());
      all.addAll(generators.tables());
      DiffHints fills = DiffHints.NONE;
      for (TableDraft draft : drafts.values()) {
        for (Map.Entry<String, String> fill : draft.fills.entrySet()) {
          fills = fills.withFill(draft.name, fill.getKey(), fill.getValue());
        }
      }
      return new EntityModel(Schema.of(all, generators.sequences()), tableByEntity,
          new SourceMap(tables, columns), fills, renamed);
    }
  }
}
