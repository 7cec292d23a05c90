package dev.schemata.processor;

import com.palantir.javapoet.JavaFile;
import dev.schemata.processor.codegen.IndexRenderer;
import dev.schemata.processor.codegen.MigrationRenderer;
import dev.schemata.processor.codegen.ServiceFile;
import dev.schemata.processor.diagnostic.Message;
import dev.schemata.processor.diagnostic.Reporter;
import dev.schemata.processor.entity.EntityModel;
import dev.schemata.processor.plan.Plan;
import dev.schemata.processor.store.History;
import dev.schemata.processor.store.SchemaFile;
import dev.schemata.processor.store.SchemaStore;
import dev.schemata.processor.store.VersionFile;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Writes what a plan decided: the new version file and schema.json into the schema folder, and
 * through the Filer a migration class per version, the index and its service registration.
 */
final class Outputs {
  private final Filer filer;
  private final ProcessingEnvironment env;
  private final SchemaStore store;
  private final Reporter reporter;
  private final Element[] originating;

  Outputs(ProcessingEnvironment env, SchemaStore store, Reporter reporter,
      List<Element> originating) {
    this.env = env;
    this.filer = env.getFiler();
    this.store = store;
    this.reporter = reporter;
    this.originating = originating.toArray(Element[]::new);
  }

  void write(VersionMarker marker, Plan plan, EntityModel model) {
    if (plan.newVersion().isPresent()) {
      VersionFile added = plan.newVersion().get();
      try {
        store.write(added);
      } catch (IOException e) {
        reporter.report(Message.FILE_NOT_WRITTEN, marker.element(), store.pathOf(added), e);
        return;
      }
    }
    History history = new History(plan.versions());
    SchemaFile schema = new SchemaFile(history.head(), marker.qualifiedName(),
        model.tableByEntity(), history.headSchema());
    try {
      store.write(schema);
    } catch (IOException e) {
      reporter.report(Message.FILE_NOT_WRITTEN, marker.element(),
          store.folder().resolve(SchemaFile.FILE_NAME), e);
      return;
    }
    if (plan.versions().isEmpty()) {
      return;
    }
    String pkg = marker.targetPackage(env.getElementUtils());
    for (VersionFile version : plan.versions()) {
      writeSource(marker, MigrationRenderer.render(pkg, version));
    }
    writeSource(marker, IndexRenderer.render(pkg, plan.versions()));
    writeService(marker, IndexRenderer.serviceFile(pkg));
  }

  private void writeSource(VersionMarker marker, JavaFile file) {
    String name = file.packageName().isEmpty() ? file.typeSpec().name()
        : file.packageName() + "." + file.typeSpec().name();
    try {
      JavaFileObject source = filer.createSourceFile(name, originating);
      try (Writer writer = source.openWriter()) {
        file.writeTo(writer);
      }
    } catch (IOException e) {
      reporter.report(Message.FILE_NOT_WRITTEN, marker.element(), name, e);
    }
  }

  private void writeService(VersionMarker marker, ServiceFile service) {
    try {
      FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, "",
          service.path(), originating);
      try (Writer writer = resource.openWriter()) {
        writer.write(service.content());
      }
    } catch (IOException e) {
      reporter.report(Message.FILE_NOT_WRITTEN, marker.element(), service.path(), e);
    }
  }
}
