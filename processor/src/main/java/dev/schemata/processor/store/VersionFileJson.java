package dev.schemata.processor.store;

import dev.schemata.runtime.ops.Operation;
import java.util.ArrayList;
import java.util.List;

/** Writes and reads the JSON of a {@link VersionFile}. */
final class VersionFileJson {
  private VersionFileJson() {}

  /**
   * A version file as read, with the lines that later checks point at.
   *
   * @param file the version
   * @param versionLine the line of {@code "version"}
   * @param parentLine the line of {@code "parent"}
   * @param operationLines the line where each operation starts
   */
  record Read(VersionFile file, int versionLine, int parentLine, List<Integer> operationLines) {}

  /** The file's text, ending with a newline. */
  static String write(VersionFile file) {
    return JsonOut.document(out -> out
        .number("version", file.version())
        .text("description", file.description())
        .number("parent", file.parent())
        .objects("operations", file.operations(), OperationJson::write));
  }

  /**
   * Reads a version file's text.
   *
   * @throws FileFormatException naming the line of the first problem
   */
  static Read read(String text) {
    JsonFields fields = JsonFields.of(JsonTree.parse(text), "the version file",
        "version", "description", "parent", "operations");
    int version = fields.integer("version");
    String description = fields.text("description");
    int parent = fields.integer("parent");
    List<Operation> operations = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    for (JsonValue value : fields.array("operations")) {
      operations.add(OperationJson.read(value, operations.size() + 1));
      lines.add(value.line());
    }
    VersionFile file = fields.build(() -> new VersionFile(version, description, parent,
        operations));
    return new Read(file, fields.value("version").line(), fields.value("parent").line(), lines);
  }
}
