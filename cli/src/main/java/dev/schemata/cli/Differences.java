package dev.schemata.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.schemata.runtime.SchemaDifference;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/** Prints schema differences, for validate and baseline. */
final class Differences {
  private Differences() {}

  static void json(JsonGenerator json, List<SchemaDifference> differences) throws IOException {
    json.writeArrayFieldStart("differences");
    for (SchemaDifference difference : differences) {
      json.writeStartObject();
      json.writeStringField("table", difference.table());
      Json.field(json, "column", difference.column());
      json.writeStringField("description", difference.description());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  static void text(PrintWriter out, List<SchemaDifference> differences) {
    differences.forEach(difference -> out.println("  " + difference));
  }

  /** "1 place", "2 places". */
  static String places(int differences) {
    return differences + " place" + (differences == 1 ? "" : "s");
  }
}
