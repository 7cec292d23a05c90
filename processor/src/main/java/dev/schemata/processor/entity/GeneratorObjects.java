package dev.schemata.processor.entity;

import dev.schemata.processor.diagnostic.Message;
import dev.schemata.runtime.model.Sequence;
import dev.schemata.runtime.model.Table;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Element;

/**
 * The sequences and generator tables of the entities accepted so far. Entities may share one:
 * it is in the schema once, and must be defined alike wherever it is used.
 */
final class GeneratorObjects {
  private final Map<String, IdGenerators.FromSequence> sequences = new TreeMap<>();
  private final Map<String, IdGenerators.FromTable> tables = new TreeMap<>();

  /**
   * Records a finding when the generator's object differs from one of the same name, or takes
   * the name of another table.
   *
   * @param holders who holds each table name so far
   */
  void check(IdGenerators.Generator generator, Map<String, String> holders,
      List<Finding> findings) {
    if (generator instanceof IdGenerators.FromSequence fromSequence) {
      Sequence sequence = fromSequence.sequence();
      IdGenerators.FromSequence other = sequences.get(sequence.name());
      if (other != null && !other.sequence().equals(sequence)) {
        conflict(generator, describe(sequence), "field " + field(other.source())
            + " uses it with " + settings(other.sequence()), findings);
      } else if (holders.containsKey(sequence.name())) {
        conflict(generator, describe(sequence), holders.get(sequence.name())
            + " maps to a table of that name", findings);
      }
      return;
    }
    Table table = ((IdGenerators.FromTable) generator).table();
    IdGenerators.FromTable other = tables.get(table.name());
    String holder = holders.get(table.name());
    if (other != null && !other.table().equals(table)) {
      conflict(generator, "table " + table.name() + " with columns " + columns(table), "field "
          + field(other.source()) + " uses it with columns " + columns(other.table()), findings);
    } else if (other == null && holder != null) {
      conflict(generator, "table " + table.name(), holder + " maps to it already", findings);
    } else if (sequences.containsKey(table.name())) {
      conflict(generator, "table " + table.name(), "field "
          + field(sequences.get(table.name()).source()) + " has a sequence of that name",
          findings);
    }
  }

  /** Keeps the generator's object, and claims a generator table's name among the tables. */
  void add(IdGenerators.Generator generator, Map<String, String> holders) {
    if (generator instanceof IdGenerators.FromSequence fromSequence) {
      sequences.putIfAbsent(fromSequence.sequence().name(), fromSequence);
    } else {
      IdGenerators.FromTable fromTable = (IdGenerators.FromTable) generator;
      tables.putIfAbsent(fromTable.table().name(), fromTable);
      holders.putIfAbsent(fromTable.table().name(),
          "the id generator of field " + field(generator.source()));
    }
  }

  List<Sequence> sequences() {
    return sequences.values().stream().map(IdGenerators.FromSequence::sequence).toList();
  }

  List<Table> tables() {
    return tables.values().stream().map(IdGenerators.FromTable::table).toList();
  }

  /** The id element that first used each sequence and generator table, by name. */
  Map<String, Element> sources() {
    Map<String, Element> sources = new TreeMap<>();
    tables.forEach((name, table) -> sources.put(name, table.source()));
    sequences.forEach((name, sequence) -> sources.put(name, sequence.source()));
    return sources;
  }

  private static void conflict(IdGenerators.Generator generator, String needs, String but,
      List<Finding> findings) {
    findings.add(Finding.on(generator.source(), Message.GENERATOR_CONFLICT,
        field(generator.source()), needs, but));
  }

  private static String describe(Sequence sequence) {
    return "sequence " + sequence.name() + " with " + settings(sequence);
  }

  private static String settings(Sequence sequence) {
    return "start " + sequence.start() + " and increment " + sequence.increment();
  }

  private static String columns(Table table) {
    return table.columns().stream().map(c -> c.name() + " " + c.type())
        .reduce((a, b) -> a + ", " + b).orElse("");
  }

  private static String field(Element element) {
    return element.getEnclosingElement().getSimpleName() + "." + element.getSimpleName();
  }
}
