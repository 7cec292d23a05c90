package dev.schemata.processor.entity;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.schemata.processor.entity.EntityCapture.entity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.schemata.runtime.model.Column;
import dev.schemata.runtime.model.SqlType;
import dev.schemata.runtime.model.Table;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class EntityTypeMappingTest {
  private static final JavaFileObject COLOR = entity("Color", "public enum Color { RED, GREEN }");

  @Test
  void mapsEachSupportedTypeAsHibernateDoes() {
    JavaFileObject types = entity("Types",
        "@Entity public class Types {",
        "  @Id private long id;",
        "  private String text;",
        "  @Column(length = 40) private String shortText;",
        "  @Lob private String longText;",
        "  private boolean flag;",
        "  private Boolean boxedFlag;",
        "  private byte tiny;",
        "  private Byte boxedTiny;",
        "  private short small;",
        "  private Short boxedSmall;",
        "  private int number;",
        "  private Integer boxedNumber;",
        "  private long big;",
        "  private Long boxedBig;",
        "  private float real;",
        "  private Float boxedReal;",
        "  private double dbl;",
        "  private Double boxedDbl;",
        "  private char letter;",
        "  private Character boxedLetter;",
        "  private BigDecimal amount;",
        "  @Column(precision = 10, scale = 4) private BigDecimal price;",
        "  @Column(precision = 12, scale = 0) private BigDecimal whole;",
        "  @Column(precision = 1) private BigDecimal digit;",
        "  @Column(scale = 3) private BigDecimal scaled;",
        "  private BigInteger huge;",
        "  private LocalDate day;",
        "  private LocalTime time;",
        "  private LocalDateTime local;",
        "  private Instant instant;",
        "  private OffsetDateTime offset;",
        "  private ZonedDateTime zoned;",
        "  private UUID uuid;",
        "  private byte[] bytes;",
        "  @Column(length = 16) private byte[] hash;",
        "  @Lob private byte[] blob;",
        "  private Color color;",
        "  @Enumerated(EnumType.ORDINAL) private Color colorOrdinal;",
        "  @Enumerated(EnumType.STRING) private Color colorName;",
        "  @Enumerated(EnumType.STRING) @Column(length = 10) private Color colorShort;",
        "  @Temporal(TemporalType.DATE) private Date legacyDate;",
        "  @Temporal(TemporalType.TIME) private Date legacyTime;",
        "  @Temporal(TemporalType.TIMESTAMP) private Calendar legacyTimestamp;",
        "}");

    EntityCapture.Result result = EntityCapture.compile(COLOR, types);

    assertThat(result.compilation()).succeededWithoutWarnings();
    assertThat(result.model().schema().table("Types").map(Table::columns)).hasValue(List.of(
        column("id", SqlType.BIGINT, false),
        column("text", SqlType.varchar(255), true),
        column("shortText", SqlType.varchar(40), true),
        column("longText", SqlType.CLOB, true),
        column("flag", SqlType.BOOLEAN, false),
        column("boxedFlag", SqlType.BOOLEAN, true),
        column("tiny", SqlType.TINYINT, false),
        column("boxedTiny", SqlType.TINYINT, true),
        column("small", SqlType.SMALLINT, false),
        column("boxedSmall", SqlType.SMALLINT, true),
        column("number", SqlType.INTEGER, false),
        column("boxedNumber", SqlType.INTEGER, true),
        column("big", SqlType.BIGINT, false),
        column("boxedBig", SqlType.BIGINT, true),
        column("real", SqlType.REAL, false),
        column("boxedReal", SqlType.REAL, true),
        column("dbl", SqlType.DOUBLE, false),
        column("boxedDbl", SqlType.DOUBLE, true),
        column("letter", SqlType.fixedChar(1), false),
        column("boxedLetter", SqlType.fixedChar(1), true),
        column("amount", SqlType.decimal(38, 2), true),
        column("price", SqlType.decimal(10, 4), true),
        column("whole", SqlType.decimal(12, 0), true),
        column("digit", SqlType.decimal(1, 0), true),
        column("scaled", SqlType.decimal(38, 3), true),
        column("huge", SqlType.decimal(38, 0), true),
        column("day", SqlType.DATE, true),
        column("time", SqlType.time(0), true),
        column("local", SqlType.timestamp(6), true),
        column("instant", SqlType.timestampWithTimeZone(6), true),
        column("offset", SqlType.timestampWithTimeZone(6), true),
        column("zoned", SqlType.timestampWithTimeZone(6), true),
        column("uuid", SqlType.UUID, true),
        column("bytes", SqlType.varbinary(255), true),
        column("hash", SqlType.varbinary(16), true),
        column("blob", SqlType.BLOB, true),
        enumColumn("color", SqlType.TINYINT),
        enumColumn("colorOrdinal", SqlType.TINYINT),
        enumColumn("colorName", SqlType.varchar(255)),
        enumColumn("colorShort", SqlType.varchar(10)),
        column("legacyDate", SqlType.DATE, true),
        column("legacyTime", SqlType.time(0), true),
        column("legacyTimestamp", SqlType.timestamp(6), true)));
  }

  @Test
  void decidesNullabilityFromPrimitivesIdsColumnAndBasic() {
    JavaFileObject nulls = entity("Nulls",
        "@Entity public class Nulls {",
        "  @Id private String code;",
        "  private Integer open;",
        "  @Column(nullable = false) private Integer required;",
        "  @Basic(optional = false) private String mandatory;",
        "  @Basic private String optional;",
        "  @Column(nullable = true) private int primitive;",
        "}");

    EntityCapture.Result result = EntityCapture.compile(nulls);

    assertThat(result.model().schema().table("Nulls")).hasValue(Table.named("Nulls")
        .column(Column.named("code").type(SqlType.varchar(255)))
        .column(Column.named("open").type(SqlType.INTEGER).nullable())
        .column(Column.named("required").type(SqlType.INTEGER))
        .column(Column.named("mandatory").type(SqlType.varchar(255)))
        .column(Column.named("optional").type(SqlType.varchar(255)).nullable())
        .column(Column.named("primitive").type(SqlType.INTEGER))
        .primaryKey("code")
        .build());
  }

  @Test
  void namesColumnsAndTablesAsWritten() {
    JavaFileObject named = entity("Named",
        "@Entity(name = \"NamedThing\") @Table(name = \"named_things\")",
        "public class Named {",
        "  @Id @Column(name = \"ID\") private Long id;",
        "  @Column(name = \"Display Name\") private String displayName;",
        "}");

    EntityCapture.Result result = EntityCapture.compile(named);

    assertThat(result.model().schema().table("named_things").map(Table::columns))
        .hasValue(List.of(column("ID", SqlType.BIGINT, false),
            column("Display Name", SqlType.varchar(255), true)));
  }

  /** A nullable column holding the constants of {@code Color}, in declaration order. */
  private static Column enumColumn(String name, SqlType type) {
    return new Column(name, type, true, null, false, List.of("RED", "GREEN"));
  }

  private static Column column(String name, SqlType type, boolean nullable) {
    return new Column(name, type, nullable, null, false);
  }
}
