package dev.schemata.processor.plan;

import dev.schemata.processor.diagnostic.Message;
import dev.schemata.processor.diagnostic.Problem;
import dev.schemata.runtime.diff.DataLoss;
import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.ops.AddColumn;
import dev.schemata.runtime.ops.AlterColumn;
import dev.schemata.runtime.ops.DropColumn;
import dev.schemata.runtime.ops.Operation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What could go wrong when a new version's upgrade runs on a database that holds data: a NOT
 * NULL column added without a value for the existing rows (an error), a column made NOT NULL
 * without a value for the rows holding NULL, or restricted to an enum's constants for the first
 * time (warnings: the upgrade fails where a row holds NULL or another value), and data
 * the upgrade destroys, removed or shifted enum constants included (a warning, or an error under
 * {@code -Aschemata.dataLoss=error} unless {@code @SchemaVersion} acknowledges it).
 */
final class EvolutionCheck {
  private EvolutionCheck() {}

  static List<PlanProblem> problems(DeclaredVersion declared, List<Operation> operations,
      boolean dataLossIsError) {
    List<PlanProblem> problems = new ArrayList<>();
    // A column added in this version and tightened after its data steps is theirs to fill.
    Set<Subject> added = new HashSet<>();
    for (Operation op : operations) {
      if (op instanceof AddColumn add && needsFill(add.column())) {
        problems.add(new PlanProblem(Problem.of(Message.MISSING_FILL, add.table(),
            add.column().name()), new Subject(add.table(), add.column().name())));
      } else if (op instanceof AddColumn add) {
        added.add(new Subject(add.table(), add.column().name()));
      } else if (op instanceof AlterColumn alter && tightensWithoutValue(alter)
          && !added.contains(new Subject(alter.table(), alter.from().name()))) {
        problems.add(new PlanProblem(Problem.of(Message.NOT_NULL_TIGHTENED, alter.table(),
            alter.from().name(), declared.number(), declared.number()),
            new Subject(alter.table(), alter.from().name())));
      }
      if (op instanceof AlterColumn alter && DataPlacement.restrictsToEnum(alter)) {
        problems.add(new PlanProblem(Problem.of(Message.ENUM_RESTRICTED, alter.table(),
            alter.from().name(), declared.number(), accepted(alter.to()), declared.number()),
            new Subject(alter.table(), alter.from().name())));
      }
    }
    for (DataLoss.Loss loss : DataLoss.of(operations)) {
      if (declared.acknowledgedDataLoss().contains(loss.target())) {
        continue;
      }
      Message message = dataLossIsError ? Message.DATA_LOSS_NOT_ACKNOWLEDGED : Message.DATA_LOSS;
      problems.add(new PlanProblem(Problem.of(message, declared.number(), loss.text(),
          advice(loss, operations, declared.number()), declared.number(), loss.target()),
          new Subject(loss.table(), loss.column())));
    }
    return problems;
  }

  /** The values an enum column accepts, in words: its names, or its ordinals' range. */
  private static String accepted(Column column) {
    List<String> values = column.values();
    SqlType.Kind kind = column.type().kind();
    return kind == SqlType.Kind.VARCHAR || kind == SqlType.Kind.CHAR
        ? "the names " + String.join(", ", values)
        : "the ordinals 0 to " + (values.size() - 1) + " of " + String.join(", ", values);
  }

  private static boolean needsFill(Column column) {
    return !column.nullable() && column.defaultValue() == null && !column.identity();
  }

  /**
   * Whether a column becomes NOT NULL with no value for the rows holding NULL: with a default
   * (its own, or a fill passed through as one) the upgrade gives them that first.
   */
  private static boolean tightensWithoutValue(AlterColumn alter) {
    return alter.from().nullable() && !alter.to().nullable()
        && alter.to().defaultValue() == null;
  }

  /** What to do about a loss, beyond acknowledging it; empty when there is nothing to add. */
  private static String advice(DataLoss.Loss loss, List<Operation> operations, int version) {
    return switch (loss.kind()) {
      case DROPPED_COLUMN -> renameHint(loss, operations);
      case REMOVED_CONSTANTS -> "; move the rows that hold them to another constant first: a"
          + " @DataMigration step of version " + version + " runs before they are removed";
      case SHIFTED_ORDINALS -> "; add new constants only at the end, which keeps what every"
          + " stored ordinal means, or store the enum by name with"
          + " @Enumerated(EnumType.STRING)";
      default -> "";
    };
  }

  /** For a dropped column, a new one of the same type in its table may be the same, renamed. */
  private static String renameHint(DataLoss.Loss loss, List<Operation> operations) {
    Optional<DropColumn> dropped = operations.stream()
        .filter(op -> op instanceof DropColumn drop && drop.table().equals(loss.table())
            && drop.column().name().equals(loss.column()))
        .map(DropColumn.class::cast).findFirst();
    if (dropped.isEmpty()) {
      return "";
    }
    Column old = dropped.get().column();
    return operations.stream()
        .filter(op -> op instanceof AddColumn add && add.table().equals(loss.table())
            && add.column().type().equals(old.type()))
        .map(op -> ((AddColumn) op).column().name()).findFirst()
        .map(added -> "; it may be a rename of " + old.name() + " to " + added + ": to keep"
            + " the data, put @RenamedFrom(\"" + old.name() + "\") (the previous attribute"
            + " name) on the attribute that maps to " + added)
        .orElse("");
  }
}
