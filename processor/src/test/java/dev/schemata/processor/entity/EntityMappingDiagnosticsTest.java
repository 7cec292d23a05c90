package dev.schemata.processor.entity;

import static dev.schemata.processor.entity.EntityCapture.GOOD;
import static dev.schemata.processor.entity.EntityCapture.assertSingleError;
import static dev.schemata.processor.entity.EntityCapture.compile;
import static dev.schemata.processor.entity.EntityCapture.entity;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.CompilationSubject;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per diagnostic of embeddables, collections, converters, keys and naming. */
class EntityMappingDiagnosticsTest {

  @Test
  void aConverterMustNameItsDatabaseType() {
    JavaFileObject raw = entity("Raw",
        "public abstract class Raw<Y> implements AttributeConverter<Year, Y> {}");
    JavaFileObject job = entity("Job", "@Entity public class Job {",
        "  @Id private long id;",
        "  @Convert(converter = Raw.class) private Year year;",
        "}");

    assertSingleError(compile(GOOD, raw, job), "[SCH123] @Convert(converter = test.Raw) on "
        + "field year cannot be read: its database-side type is not a concrete type; name a "
        + "class that implements AttributeConverter<X, Y> with a concrete Y", job, "@Convert",
        "test.Good");
  }

  @Test
  void anEmbeddedTypeMustBeEmbeddable() {
    JavaFileObject job = entity("Job", "@Entity public class Job {",
        "  @Id private long id;",
        "  @Embedded private String note;",
        "}");

    assertSingleError(compile(GOOD, job), "[SCH124] field note embeds type java.lang.String, "
        + "which is not an @Embeddable; annotate that class with @Embeddable", job,
        "private String note;", "test.Good");
  }

  @Test
  void anEmbeddableCannotContainItself() {
    JavaFileObject node = entity("Node", "@Embeddable public class Node {",
        "  private String label;",
        "  private Node child;",
        "}");
    JavaFileObject tree = entity("Tree", "@Entity public class Tree {",
        "  @Id private long id;",
        "  private Node root;",
        "}");

    assertSingleError(compile(GOOD, node, tree), "[SCH125] field root.child embeds test.Node "
        + "inside itself; an embeddable cannot contain itself, directly or through other "
        + "embeddables", node, "private Node child;", "test.Good");
  }

  @Test
  void aToManyRelationNeedsACollectionType() {
    JavaFileObject job = entity("Job", "@Entity public class Job {",
        "  @Id private long id;",
        "  @OneToMany private Good good;",
        "}");

    assertSingleError(compile(GOOD, job), "[SCH126] @OneToMany field good has type test.Good, "
        + "which is not a Collection, List, Set or Map with type arguments; declare it as one, "
        + "such as List<Item>", job, "@OneToMany", "test.Good");
  }

  @Test
  void mapsIdMustNameAnIdAttribute() {
    JavaFileObject settings = entity("Settings", "@Entity public class Settings {",
        "  @Id private long id;",
        "  @MapsId(\"owner\") @OneToOne private Good good;",
        "}");

    assertSingleError(compile(GOOD, settings), "[SCH127] @MapsId(\"owner\") on field good names "
        + "no single id attribute of @Entity test.Settings; leave the value empty to share its "
        + "one @Id, or name an attribute of its @EmbeddedId", settings,
        "private Good good;", "test.Good");
  }

  @Test
  void anUnknownNamingStyleIsReported() {
    EntityCapture.Result result = EntityCapture.compileWith(
        List.of("-Aschemata.naming=kebab"), GOOD);

    CompilationSubject.assertThat(result.compilation()).hadErrorCount(1);
    assertThat(result.compilation().errors().get(0).getMessage(Locale.ROOT)).isEqualTo(
        "[SCH128] -Aschemata.naming=kebab is not a naming style; use jpa (the default) or "
            + "snake_case");
    assertThat(result.model().schema().table("Good")).isPresent();
  }

  @Test
  void twoCollectionsMayNotShareATable() {
    JavaFileObject doc = entity("Doc", "@Entity public class Doc {",
        "  @Id private long id;",
        "  @ElementCollection @CollectionTable(name = \"labels\") private Set<String> tags;",
        "  @ElementCollection @CollectionTable(name = \"labels\") private Set<String> marks;",
        "}");

    assertSingleError(compile(GOOD, doc), "[SCH129] field marks maps to table labels, which "
        + "field Doc.tags maps to already; give one of them another name with @JoinTable(name) "
        + "or @CollectionTable(name)", doc, "private Set<String> marks;", "test.Good");
  }
}
