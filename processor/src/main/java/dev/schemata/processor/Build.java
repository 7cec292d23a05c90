package dev.schemata.processor;

import dev.schemata.processor.diagnostic.Message;
import dev.schemata.processor.diagnostic.Reporter;
import dev.schemata.processor.entity.EntityModel;
import dev.schemata.processor.entity.EntityReader;
import dev.schemata.processor.entity.RenamedElement;
import dev.schemata.processor.plan.DeclaredRename;
import dev.schemata.processor.plan.DataStepCheck;
import dev.schemata.processor.plan.DeclaredVersion;
import dev.schemata.processor.plan.Plan;
import dev.schemata.processor.plan.PlanProblem;
import dev.schemata.processor.plan.Planner;
import dev.schemata.processor.plan.RenameCheck;
import dev.schemata.processor.plan.Subject;
import dev.schemata.processor.store.History;
import dev.schemata.processor.store.SchemaFile;
import dev.schemata.processor.store.SchemaStore;
import dev.schemata.processor.store.StoreException;
import dev.schemata.processor.store.VersionFile;
import dev.schemata.runtime.diff.DiffHints;
import dev.schemata.runtime.ops.RunData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** One run of the processor over a compilation: wires the stages and reports what they find. */
final class Build {
  private final ProcessingEnvironment env;
  private final Elements elements;
  private final Reporter reporter;

  Build(ProcessingEnvironment env, Reporter reporter) {
    this.env = env;
    this.elements = env.getElementUtils();
    this.reporter = reporter;
  }

  void run(RoundEnvironment round) {
    List<VersionMarker> markers = markersIn(round);
    List<TypeElement> roundEntities = EntityTypes.inRound(annotatedWith(round, EntityTypes.ENTITY));
    if (markers.size() > 1) {
      reportDuplicates(markers);
      return;
    }
    SchemaDirectory.Located located = SchemaDirectory.locate(env);
    if (located.path().isEmpty()) {
      if (!markers.isEmpty()) {
        reporter.report(Message.SCHEMA_DIR_UNKNOWN, markers.get(0).element(), located.reason());
      } else if (!roundEntities.isEmpty()) {
        reporter.report(Message.ENTITIES_WITHOUT_SCHEMA_VERSION, roundEntities.get(0));
      }
      return;
    }
    SchemaStore store = new SchemaStore(located.path().get());
    Optional<SchemaFile> committed = store.readSchemaFile();
    Optional<VersionMarker> marker = markers.isEmpty()
        ? markerForPartialBuild(roundEntities, committed)
        : Optional.of(markers.get(0));
    if (marker.isEmpty()) {
      return;
    }
    if (marker.get().number() < 1) {
      reportOnValue(Message.INVALID_SCHEMA_VERSION, marker.get(), marker.get().number());
      return;
    }
    Map<String, DataStepClasses.Step> steps =
        new DataStepClasses(elements, env.getTypeUtils(), reporter)
            .read(annotatedWith(round, DataStepClasses.ANNOTATION));
    generate(marker.get(), roundEntities, committed, store, steps, markers.isEmpty());
  }

  /**
   * Plans the build and writes its outputs. A partial build (one that did not compile the
   * {@code @SchemaVersion} element) may not write a new version: it sees only some classes, so a
   * {@code @DataMigration} step of that version could be missing from it, and a version file is
   * frozen once written.
   */
  private void generate(VersionMarker marker, List<TypeElement> roundEntities,
      Optional<SchemaFile> committed, SchemaStore store,
      Map<String, DataStepClasses.Step> steps, boolean partial) {
    History history;
    try {
      history = store.readHistory();
    } catch (StoreException e) {
      reporter.report(Message.SCHEMA_FILE_INVALID, marker.element(), marker.annotation(),
          e.problem().args().toArray());
      return;
    }
    checkSteps(marker, history, steps);
    if (reporter.hasErrors()) {
      return;
    }
    List<TypeElement> entities = EntityTypes.withKnown(roundEntities,
        committed.map(f -> f.entities().keySet()).orElse(Set.of()), elements);
    EntityReader reader = new EntityReader(env, reporter);
    EntityModel model = reader.read(entities);
    if (reporter.hasErrors()) {
      return;
    }
    DiffHints renames = renames(reader, entities, model, history);
    if (reporter.hasErrors()) {
      return;
    }
    DiffHints hints = new DiffHints(renames.renamedTables(), renames.renamedColumns(),
        model.fills().fills());
    List<String> declaredSteps = steps.entrySet().stream()
        .filter(step -> step.getValue().version() == marker.number())
        .map(Map.Entry::getKey).toList();
    Plan plan = Planner.plan(new DeclaredVersion(marker.number(), marker.description(),
        marker.acknowledgedDataLoss(), declaredSteps), history, model.schema(), hints,
        DataLossOption.isError(env, reporter));
    for (PlanProblem problem : plan.problems()) {
      reporter.report(problem.problem(), elementOf(problem.subject(), model, marker));
    }
    if (partial && plan.newVersion().isPresent()) {
      reporter.report(Message.PARTIAL_BUILD_WRITES_VERSION, roundEntities.get(0),
          plan.newVersion().get().version(), marker.qualifiedName());
    }
    if (reporter.hasErrors()) {
      return;
    }
    List<Element> originating = new ArrayList<>(entities);
    originating.add(marker.element());
    steps.values().forEach(step -> originating.add(step.element()));
    new Outputs(env, store, reporter, originating).write(marker, plan, model);
  }

  /**
   * Each step of the round belongs to the version being written or to a written one that runs
   * it; each step a written version runs is still there for its migration to call.
   */
  private void checkSteps(VersionMarker marker, History history,
      Map<String, DataStepClasses.Step> steps) {
    Map<String, Integer> versions = new TreeMap<>();
    steps.forEach((name, step) -> versions.put(name, step.version()));
    for (DataStepCheck.StepProblem problem
        : DataStepCheck.problems(history, marker.number(), versions)) {
      DataStepClasses.Step step = steps.get(problem.step());
      reporter.report(problem.problem().message(), step.element(), step.annotation(),
          problem.problem().args().toArray());
    }
    for (VersionFile version : history.versions()) {
      version.operations().stream()
          .filter(op -> op instanceof RunData data
              && elements.getTypeElement(data.step()) == null)
          .forEach(op -> reporter.report(Message.DATA_STEP_MISSING, marker.element(),
              marker.annotation(), version.version(), version.fileName(), op.table()));
    }
  }

  /**
   * The renames that act in the next version: each {@code @RenamedFrom} is checked against the
   * committed head on its own, wrong ones are reported on the annotation, and the acting ones
   * are read together, so that names derived from two of them are paired right.
   */
  private DiffHints renames(EntityReader reader, List<TypeElement> entities, EntityModel model,
      History history) {
    List<RenamedElement> renamed = model.renamed();
    // Renames left in the source cost a reading each; an unchanged schema needs none.
    if (renamed.isEmpty() || history.head() == 0
        || history.headSchema().equals(model.schema())) {
      return DiffHints.NONE;
    }
    List<DeclaredRename> declared = renamed.stream()
        .map(r -> new DeclaredRename("@RenamedFrom(\"" + r.previousName() + "\") on "
            + r.description(), reader.renames(entities, List.of(r))))
        .toList();
    RenameCheck.Selection selection = RenameCheck.select(history, declared);
    selection.problems().forEach((index, problem) -> reporter.report(problem.message(),
        renamed.get(index).element(), renamed.get(index).annotation(),
        problem.args().toArray()));
    List<RenamedElement> acting = selection.active().stream().map(renamed::get).toList();
    return RenameCheck.applicable(history.headSchema(), reader.renames(entities, acting));
  }

  private Optional<VersionMarker> markerForPartialBuild(List<TypeElement> roundEntities,
      Optional<SchemaFile> committed) {
    if (committed.isEmpty()) {
      if (!roundEntities.isEmpty()) {
        reporter.report(Message.ENTITIES_WITHOUT_SCHEMA_VERSION, roundEntities.get(0));
      }
      return Optional.empty();
    }
    // Entities the history does not know (test sources, say) do not belong to this schema.
    Optional<TypeElement> known = roundEntities.stream()
        .filter(e -> committed.get().entities().containsKey(e.getQualifiedName().toString()))
        .findFirst();
    if (known.isEmpty()) {
      return Optional.empty();
    }
    Optional<VersionMarker> marker = VersionMarker.find(committed.get().marker(), elements);
    if (marker.isEmpty()) {
      reporter.report(Message.MARKER_NOT_FOUND, known.get(), committed.get().marker());
    }
    return marker;
  }

  private Element elementOf(Subject subject, EntityModel model, VersionMarker marker) {
    Optional<Element> element = Optional.empty();
    if (subject.column() != null) {
      element = model.sources().column(subject.table(), subject.column());
    }
    if (element.isEmpty() && subject.table() != null) {
      element = model.sources().table(subject.table());
    }
    return element.orElse(marker.element());
  }

  private List<VersionMarker> markersIn(RoundEnvironment round) {
    return annotatedWith(round, VersionMarker.ANNOTATION).stream()
        .map(e -> VersionMarker.of(e, elements))
        .flatMap(Optional::stream)
        .collect(Collectors.toList());
  }

  private Set<? extends Element> annotatedWith(RoundEnvironment round, String annotation) {
    TypeElement type = elements.getTypeElement(annotation);
    return type == null ? Set.of() : round.getElementsAnnotatedWith(type);
  }

  private void reportDuplicates(List<VersionMarker> markers) {
    for (VersionMarker marker : markers) {
      String others = markers.stream().filter(m -> m != marker)
          .map(VersionMarker::qualifiedName).collect(Collectors.joining(", "));
      reporter.report(Message.MULTIPLE_SCHEMA_VERSIONS, marker.element(), marker.annotation(),
          others);
    }
  }

  private void reportOnValue(Message message, VersionMarker marker, Object... args) {
    if (marker.valueAttribute().isPresent()) {
      reporter.report(message, marker.element(), marker.annotation(),
          marker.valueAttribute().get(), args);
    } else {
      reporter.report(message, marker.element(), marker.annotation(), args);
    }
  }
}
