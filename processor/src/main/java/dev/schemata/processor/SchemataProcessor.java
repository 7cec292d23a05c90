package dev.schemata.processor;

import com.google.auto.service.AutoService;
import dev.schemata.processor.diagnostic.Message;
import dev.schemata.processor.diagnostic.Reporter;
import dev.schemata.processor.entity.NameStyle;
import dev.schemata.processor.entity.PostgresEnums;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Reads the {@code @Entity} classes and the {@code @SchemaVersion} of a compilation, checks them
 * against the committed schema files, writes a new version file when the version was raised, and
 * generates a migration class per version plus the index the runtime loads. Never claims the
 * annotations, so other processors see them too.
 */
@AutoService(Processor.class)
public final class SchemataProcessor extends AbstractProcessor {
  private boolean done;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(VersionMarker.ANNOTATION, EntityTypes.ENTITY, DataStepClasses.ANNOTATION);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(SchemaDirectory.OPTION, NameStyle.OPTION, DataLossOption.OPTION,
        PostgresEnums.OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (done || round.processingOver() || annotations.isEmpty()) {
      return false;
    }
    done = true;
    Reporter reporter = new Reporter(processingEnv.getMessager());
    try {
      new Build(processingEnv, reporter).run(round);
    } catch (RuntimeException e) {
      reporter.report(Message.INTERNAL_ERROR, null, e);
    }
    return false;
  }
}
