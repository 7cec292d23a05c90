package dev.schemata.processor.entity;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.schemata.processor.entity.EntityCapture.GOOD;
import static dev.schemata.processor.entity.EntityCapture.entity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.Table;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code -Aschemata.postgresEnums}: PostgreSQL enum types named as Hibernate names them. */
class EntityEnumTypeTest {
  private static final List<String> NATIVE = List.of("-Aschemata.postgresEnums=native");
  private static final JavaFileObject STATE = entity("State",
      "public enum State { OPEN, CLOSED }");
  private static final JavaFileObject SHIFT = entity("Shift",
      "@Embeddable public class Shift {",
      "  @Enumerated(EnumType.STRING) private State shiftState;",
      "}");
  private static final JavaFileObject TICKET = entity("Ticket",
      "@Entity public class Ticket {",
      "  public enum Priority { LOW, HIGH }",
      "  @Id private long id;",
      "  @Enumerated(EnumType.STRING) private State state;",
      "  @Enumerated(EnumType.STRING) @Column(length = 8) private State previous;",
      "  @Enumerated(EnumType.STRING) private Priority priority;",
      "  @Enumerated(EnumType.ORDINAL) private State ordinal;",
      "  private State plain;",
      "  @Embedded private Shift shift;",
      "  @ElementCollection @Enumerated(EnumType.STRING) private Set<State> history;",
      "  @ElementCollection @MapKeyEnumerated(EnumType.STRING)",
      "  private Map<State, String> notes;",
      "}");

  @Test
  void namesTheTypeOfEveryColumnHoldingAnEnumByNameAfterTheEnumsSimpleName() {
    EntityCapture.Result result = EntityCapture.compileWith(NATIVE, STATE, SHIFT, TICKET);

    assertThat(result.compilation()).succeededWithoutWarnings();
    assertThat(enumTypes(result, "Ticket")).containsExactly(
        "id null", "state State", "previous State", "priority Priority", "ordinal null",
        "plain null", "shiftState State");
    assertThat(enumTypes(result, "Ticket_history")).containsExactly("Ticket_id null",
        "history State");
    assertThat(enumTypes(result, "Ticket_notes")).containsExactly("Ticket_id null",
        "notes null", "notes_KEY State");
    Column previous = result.model().schema().table("Ticket").flatMap(t -> t.column("previous"))
        .orElseThrow();
    assertThat(previous.values()).containsExactly("OPEN", "CLOSED");
  }

  @Test
  void checkIsTheDefaultAndNamesNoType() {
    for (List<String> options : List.of(List.<String>of(),
        List.of("-Aschemata.postgresEnums=check"))) {
      EntityCapture.Result result = EntityCapture.compileWith(options, STATE, SHIFT, TICKET);

      assertThat(result.compilation()).succeededWithoutWarnings();
      assertThat(result.model().schema().tables().values().stream()
          .flatMap(t -> t.columns().stream()).map(Column::enumType)).containsOnlyNulls();
    }
  }

  @Test
  void twoEnumsOfOneSimpleNameMayNotShareAType() {
    JavaFileObject other = com.google.testing.compile.JavaFileObjects.forSourceString("other.State",
        "package other;\n\npublic enum State { ON, OFF }\n");
    JavaFileObject lamp = entity("Lamp",
        "@Entity public class Lamp {",
        "  @Id private long id;",
        "  @Enumerated(EnumType.STRING) private State state;",
        "  @Enumerated(EnumType.STRING) private other.State power;",
        "}");

    EntityCapture.Result result = EntityCapture.compileWith(NATIVE, STATE, other, lamp, GOOD);

    EntityCapture.assertSingleError(result, "[SCH133] field power holds enum other.State by "
        + "name in a PostgreSQL enum type named State, which enum test.State (Lamp.state) "
        + "already gets: with -Aschemata.postgresEnums=native each enum's type is named after "
        + "its simple class name, as Hibernate ORM names it; rename one of the enums, or keep "
        + "check constraints with -Aschemata.postgresEnums=check", lamp,
        "private other.State power;", "test.Good");
  }

  @Test
  void namesThatPostgresqlFoldsAlikeClashToo() {
    JavaFileObject upper = entity("STATE", "public enum STATE { ON, OFF }");
    JavaFileObject lamp = entity("Lamp",
        "@Entity public class Lamp {",
        "  @Id private long id;",
        "  @Enumerated(EnumType.STRING) private State state;",
        "}");
    JavaFileObject switcher = entity("Switch",
        "@Entity public class Switch {",
        "  @Id private long id;",
        "  @Enumerated(EnumType.STRING) private STATE position;",
        "}");

    EntityCapture.Result result = EntityCapture.compileWith(NATIVE, STATE, upper, lamp,
        switcher);

    EntityCapture.assertSingleError(result, "[SCH133] field position holds enum test.STATE by "
        + "name in a PostgreSQL enum type named STATE, which enum test.State (Lamp.state) "
        + "already gets: with -Aschemata.postgresEnums=native each enum's type is named after "
        + "its simple class name, as Hibernate ORM names it; rename one of the enums, or keep "
        + "check constraints with -Aschemata.postgresEnums=check", switcher,
        "private STATE position;", "test.Lamp");
  }

  @Test
  void anEnumTypeMayNotBeNamedLikeATable() {
    JavaFileObject lamp = entity("Lamp",
        "@Entity public class Lamp {",
        "  @Id private long id;",
        "  @Enumerated(EnumType.STRING) private State state;",
        "}");
    JavaFileObject stateTable = entity("StateLog",
        "@Entity @Table(name = \"STATE\") public class StateLog {",
        "  @Id private long id;",
        "}");

    EntityCapture.Result result = EntityCapture.compileWith(NATIVE, STATE, lamp, stateTable);

    EntityCapture.assertSingleError(result, "[SCH135] column Lamp.state would hold its enum in"
        + " a PostgreSQL enum type named State, but PostgreSQL gives table STATE a type of that"
        + " name, so the enum type cannot be created; rename the enum or the table, or keep"
        + " check constraints with -Aschemata.postgresEnums=check", lamp,
        "private State state;", "test.Lamp", "test.StateLog");
  }

  @Test
  void anEnumNamedLikeAReservedWordCannotNameAType() {
    JavaFileObject order = entity("Order", "public enum Order { NEW, PAID }");
    JavaFileObject sale = entity("Sale",
        "@Entity public class Sale {",
        "  @Id private long id;",
        "  @Enumerated(EnumType.STRING) private Order stage;",
        "}");

    EntityCapture.Result result = EntityCapture.compileWith(NATIVE, order, sale);

    EntityCapture.assertSingleError(result, "[SCH136] field stage holds enum test.Order by name"
        + " in a PostgreSQL enum type named Order, which is a word PostgreSQL reserves or not a"
        + " plain name, so Hibernate ORM, which writes it unquoted, cannot create it; rename the"
        + " enum, or keep check constraints with -Aschemata.postgresEnums=check", sale,
        "private Order stage;");
  }

  @Test
  void anUnknownChoiceIsReported() {
    EntityCapture.Result result = EntityCapture.compileWith(
        List.of("-Aschemata.postgresEnums=domain"), GOOD);

    assertThat(result.compilation()).hadErrorCount(1);
    assertThat(result.compilation().errors().get(0).getMessage(Locale.ROOT)).isEqualTo(
        "[SCH134] -Aschemata.postgresEnums=domain is not a choice; use check (the default: a "
            + "check constraint per enum column) or native (a PostgreSQL enum type per Java "
            + "enum)");
    assertThat(result.model().schema().table("Good")).isPresent();
  }

  private static List<String> enumTypes(EntityCapture.Result result, String table) {
    Optional<Table> found = result.model().schema().table(table);
    assertThat(found).as("table %s", table).isPresent();
    return found.get().columns().stream().map(c -> c.name() + " " + c.enumType()).toList();
  }
}
