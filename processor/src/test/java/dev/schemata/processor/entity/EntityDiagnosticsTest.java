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
  void entityMustNotBeAbstract() {
    JavaFileObject base = entity("Base", "@Entity",
        "public abstract class Base { @Id private long id; }");

    assertSingleError(compile(GOOD, base), "[SCH102] @Entity test.Base is abstract, which needs "
        + "an inheritance mapping, and inheritance is not supported yet by Schemata; make it "
        + "concrete, or make it a @MappedSuperclass", base, "abstract class Base", "test.Good");
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
        + "primary key (@Id on fields left, right), which is not supported yet by Schemata; use "
        + "a single @Id field", pair, "private long right;", "test.Good");
  }

  @Test
  void embeddedIdIsACompositeKey() {
    JavaFileObject key = entity("Key", "@Embeddable public class Key { long a; long b; }");
    JavaFileObject pair = entity("Pair", "@Entity public class Pair {",
        "  @EmbeddedId private Key key;",
        "}");

    assertSingleError(compile(GOOD, key, pair), "[SCH104] @Entity test.Pair declares a "
        + "composite primary key (@EmbeddedId on field key), which is not supported yet by "
        + "Schemata; use a single @Id field", pair, "@EmbeddedId", "test.Good");
  }

  @Test
  void idClassIsACompositeKey() {
    JavaFileObject pair = entity("Pair", "@Entity",
        "@IdClass(Pair.Key.class)",
        "public class Pair {",
        "  record Key(long left, long right) {}",
        "  @Id private long left;",
        "}");

    assertSingleError(compile(GOOD, pair), "[SCH104] @Entity test.Pair declares a composite "
        + "primary key (@IdClass), which is not supported yet by Schemata; use a single @Id "
        + "field", pair, "@IdClass", "test.Good");
  }

  @Test
  void inheritanceIsNotSupportedYet() {
    JavaFileObject animal = entity("Animal", "@Entity",
        "@Inheritance(strategy = InheritanceType.JOINED)",
        "public class Animal { @Id private long id; }");

    assertSingleError(compile(GOOD, animal), "[SCH113] @Entity test.Animal uses @Inheritance, "
        + "which is not supported yet by Schemata; map the entity without it for now", animal,
        "@Inheritance", "test.Good");
  }

  @Test
  void anEntityExtendingAnEntityIsNotSupportedYet() {
    JavaFileObject animal = entity("Animal", "@Entity",
        "public class Animal { @Id private long id; }");
    JavaFileObject dog = entity("Dog", "@Entity",
        "public class Dog extends Animal { private String name; }");

    assertSingleError(compile(animal, dog), "[SCH113] @Entity test.Dog uses entity inheritance "
        + "(it extends @Entity test.Animal), which is not supported yet by Schemata; map the "
        + "entity without it for now", dog, "public class Dog", "test.Animal");
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
  void propertyAccessIsNotSupported() {
    JavaFileObject prop = entity("Prop", "@Entity public class Prop {",
        "  private long id;",
        "  @Id public long getId() { return id; }",
        "}");

    assertSingleError(compile(GOOD, prop), "[SCH115] @Id on method Prop.getId: Schemata reads "
        + "field access only; put the mapping annotations on the fields", prop,
        "public long getId()", "test.Good");
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
