package dev.schemata.processor.entity;

import static dev.schemata.processor.entity.EntityCapture.GOOD;
import static dev.schemata.processor.entity.EntityCapture.assertSingleError;
import static dev.schemata.processor.entity.EntityCapture.compile;
import static dev.schemata.processor.entity.EntityCapture.entity;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per diagnostic about an entity as a whole. */
class EntityDiagnosticsTest {

  @Test
  void entityMustBeAClass() {
    JavaFileObject shape = entity("Shape", "@Entity", "public interface Shape {}");

    assertSingleError(compile(GOOD, shape), "[SCH101] @Entity test.Shape is an interface; an "
        + "entity must be a class: make it one, or remove @Entity", shape,
        "public interface Shape", "test.Good");
  }

  @Test
  void entityNeedsAnId() {
    JavaFileObject note = entity("Note", "@Entity",
        "public class Note { private String text; }");

    assertSingleError(compile(GOOD, note), "[SCH103] @Entity test.Note has no @Id field; "
        + "annotate the field that holds the primary key with @Id", note, "public class Note",
        "test.Good");
  }

  @Test
  void twoIdFieldsAreACompositeKey() {
    JavaFileObject pair = entity("Pair", "@Entity public class Pair {",
        "  @Id private long left;",
        "  @Id private long right;",
        "}");

    assertSingleError(compile(GOOD, pair), "[SCH104] @Entity test.Pair declares a composite "
        + "primary key (@Id on left, right) without @IdClass; name the class of its key with "
        + "@IdClass, or gather the key attributes in an @EmbeddedId", pair, "public class Pair",
        "test.Good");
  }

  @Test
  void secondaryTablesAreNotSupportedYet() {
    JavaFileObject animal = entity("Animal", "@Entity",
        "@SecondaryTable(name = \"animal_details\")",
        "public class Animal { @Id private long id; }");

    assertSingleError(compile(GOOD, animal), "[SCH113] @Entity test.Animal uses "
        + "@SecondaryTable, which is not supported yet by Schemata; map the entity without it "
        + "for now", animal, "@SecondaryTable", "test.Good");
  }

  @Test
  void aTableOutsideTheDefaultSchemaIsNotSupportedYet() {
    JavaFileObject item = entity("Item", "@Entity",
        "@Table(name = \"items\",",
        "    schema = \"shop\")",
        "public class Item { @Id private long id; }");

    assertSingleError(compile(GOOD, item), "[SCH114] @Table(schema = ...) on @Entity test.Item "
        + "is not supported yet by Schemata; remove the attribute for now", item,
        "schema = \"shop\"", "test.Good");
  }

  @Test
  void anAnnotationTheAccessDoesNotReadIsReported() {
    JavaFileObject prop = entity("Prop", "@Entity public class Prop {",
        "  @Id private long id;",
        "  private String name;",
        "  @Column(length = 20) public String getName() { return name; }",
        "}");

    assertSingleError(compile(GOOD, prop), "[SCH115] @Column on method Prop.getName is not "
        + "read, since the class uses field access (set by @Access or by where its @Id is); "
        + "move the annotation, or put @Access(AccessType.PROPERTY) on this member", prop,
        "public String getName()", "test.Good");
  }

  @Test
  void twoEntitiesMayNotShareATable() {
    JavaFileObject item = entity("Item", "@Entity @Table(name = \"items\")",
        "public class Item { @Id private long id; }");
    JavaFileObject thing = entity("Thing", "@Entity @Table(name = \"items\")",
        "public class Thing { @Id private long id; }");

    assertSingleError(compile(thing, item), "[SCH118] @Entity test.Thing maps to table items, "
        + "which @Entity test.Item maps to already; give one of them another @Table(name)", thing,
        "public class Thing", "test.Item");
  }
}
