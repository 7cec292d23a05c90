package dev.schemata.processor.store;

import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.Sequence;
import dev.schemata.runtime.model.Table;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes and reads the JSON of a {@link SchemaFile}. */
final class SchemaFileJson {
  private SchemaFileJson() {}

  /**
   * The file's text, ending with a newline. The {@code "sequences"} list is written only when
   * there are sequences, so that the files of schemas without any keep their bytes.
   */
  static String write(SchemaFile file) {
    List<Sequence> sequences = List.copyOf(file.schema().sequences().values());
    return JsonOut.document(out -> {
      out.number("version", file.version())
          .text("marker", file.marker())
          .object("entities", o -> file.entities().forEach(o::text))
          .objects("tables", List.copyOf(file.schema().tables().values()),
              ModelJson::writeFullTable);
      if (!sequences.isEmpty()) {
        out.objects("sequences", sequences, ModelJson::writeSequence);
      }
    });
  }

  /**
   * Reads the file's text.
   *
   * @throws FileFormatException naming the line of the first problem
   */
  static SchemaFile read(String text) {
    JsonFields fields = JsonFields.of(JsonTree.parse(text), "schema.json",
        "version", "marker", "entities", "tables", "sequences");
    int version = fields.integer("version");
    String marker = fields.text("marker");
    JsonValue.Obj entities = JsonFields.object(fields.value("entities"), "\"entities\"");
    TreeMap<String, String> tables = new TreeMap<>();
    for (Map.Entry<String, JsonValue> entity : entities.members().entrySet()) {
      if (!(entity.getValue() instanceof JsonValue.Str table)) {
        throw new FileFormatException(entity.getValue().line(), "the table of entity "
            + entity.getKey() + " must be a string naming the table; rebuild to regenerate "
            + "schema.json");
      }
      tables.put(entity.getKey(), table.value());
    }
    List<Table> schema = fields.array("tables").stream()
        .map(v -> ModelJson.readFullTable(v, "a table")).toList();
    List<Sequence> sequences = fields.optionalArray("sequences").stream()
        .map(v -> ModelJson.readSequence(v, "a sequence")).toList();
    return fields.build(() -> new SchemaFile(version, marker, tables,
        Schema.of(schema, sequences)));
  }
}
