package dev.schemata.processor.entity;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.schemata.processor.entity.EntityCapture.entity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.ForeignKey;
import dev.schemata.runtime.model.Schema;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import dev.schemata.runtime.model.UniqueConstraint;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Element collections of basic values and embeddables, with order and map key columns. */
class EntityCollectionMappingTest {

  @Test
  void mapsElementCollectionsToCollectionTables() {
    JavaFileObject phone = entity("Phone",
        "@Embeddable public class Phone {",
        "  private String kind;",
        "  @Column(nullable = false, length = 20) private String number;",
        "}");
    JavaFileObject person = entity("Person",
        "@Entity(name = \"Member\") public class Person {",
        "  @Id private long id;",
        "  @ElementCollection private Set<String> nicknames;",
        "  @ElementCollection @Column(nullable = false, length = 40) private Set<String> emails;",
        "  @ElementCollection @OrderColumn private List<String> steps;",
        "  @ElementCollection @MapKeyColumn(name = \"kind\") private Map<String, Integer> scores;",
        "  @ElementCollection private Map<String, BigDecimal> prices;",
        "  @ElementCollection",
        "  @CollectionTable(name = \"member_phones\", joinColumns = @JoinColumn(name = \"owner\"))",
        "  private List<Phone> phones;",
        "}");

    EntityCapture.Result result = EntityCapture.compile(phone, person);

    assertThat(result.compilation()).succeededWithoutWarnings();
    Schema schema = result.model().schema();
    assertThat(schema.table("Member_nicknames")).hasValue(Table.named("Member_nicknames")
        .column(Column.named("Member_id").type(SqlType.BIGINT))
        .column(Column.named("nicknames").type(SqlType.varchar(255)).nullable())
        .unique(UniqueConstraint.named("uk_member_nicknames_member_id_nicknames")
            .on("Member_id", "nicknames"))
        .foreignKey(key("member_nicknames", "Member_id", "id"))
        .build());
    assertThat(schema.table("Member_emails")).hasValue(Table.named("Member_emails")
        .column(Column.named("Member_id").type(SqlType.BIGINT))
        .column(Column.named("emails").type(SqlType.varchar(40)))
        .primaryKey("Member_id", "emails")
        .foreignKey(key("member_emails", "Member_id", "id"))
        .build());
    assertThat(schema.table("Member_steps")).hasValue(Table.named("Member_steps")
        .column(Column.named("Member_id").type(SqlType.BIGINT))
        .column(Column.named("steps").type(SqlType.varchar(255)).nullable())
        .column(Column.named("steps_ORDER").type(SqlType.INTEGER))
        .primaryKey("Member_id", "steps_ORDER")
        .foreignKey(key("member_steps", "Member_id", "id"))
        .build());
    assertThat(schema.table("Member_scores")).hasValue(Table.named("Member_scores")
        .column(Column.named("Member_id").type(SqlType.BIGINT))
        .column(Column.named("scores").type(SqlType.INTEGER).nullable())
        .column(Column.named("kind").type(SqlType.varchar(255)))
        .primaryKey("Member_id", "kind")
        .foreignKey(key("member_scores", "Member_id", "id"))
        .build());
    assertThat(schema.table("Member_prices")).hasValue(Table.named("Member_prices")
        .column(Column.named("Member_id").type(SqlType.BIGINT))
        .column(Column.named("prices").type(SqlType.decimal(38, 2)).nullable())
        .column(Column.named("prices_KEY").type(SqlType.varchar(255)))
        .primaryKey("Member_id", "prices_KEY")
        .foreignKey(key("member_prices", "Member_id", "id"))
        .build());
    assertThat(schema.table("member_phones")).hasValue(Table.named("member_phones")
        .column(Column.named("owner").type(SqlType.BIGINT))
        .column(Column.named("kind").type(SqlType.varchar(255)).nullable())
        .column(Column.named("number").type(SqlType.varchar(20)))
        .foreignKey(key("member_phones", "owner", "id"))
        .build());
    assertThat(schema.tables()).hasSize(7);
    assertThat(result.model().tableByEntity()).containsOnlyKeys("test.Person");
  }

  @Test
  void keysASetOfEmbeddablesByItsAttributesInNameOrder() {
    JavaFileObject visit = entity("Visit",
        "@Embeddable public class Visit {",
        "  private LocalDate on;",
        "  @Column(length = 30) private String city;",
        "}");
    JavaFileObject person = entity("Person",
        "@Entity(name = \"Member\") public class Person {",
        "  @Id private long id;",
        "  @ElementCollection private Set<Visit> visits;",
        "  @ElementCollection",
        "  @AttributeOverride(name = \"on\", column = @Column(nullable = false))",
        "  @AttributeOverride(name = \"city\", column = @Column(nullable = false, length = 30))",
        "  private Set<Visit> plans;",
        "}");

    Schema schema = EntityCapture.compile(visit, person).model().schema();

    assertThat(schema.table("Member_visits").map(Table::uniqueConstraints)).hasValue(List.of(
        new UniqueConstraint("uk_member_visits_member_id_city_on",
            List.of("Member_id", "city", "on"))));
    assertThat(schema.table("Member_plans").map(Table::primaryKey))
        .hasValue(List.of("Member_id", "city", "on"));
  }

  private static ForeignKey.Builder key(String table, String column, String referenced) {
    return ForeignKey.named("fk_" + table + "_" + column.toLowerCase(java.util.Locale.ROOT))
        .columns(column).references("Member", referenced);
  }
}
