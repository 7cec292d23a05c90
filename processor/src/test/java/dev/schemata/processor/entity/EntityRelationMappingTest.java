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

/** Relations: one-to-one, one-to-many, many-to-many, join tables and derived identities. */
class EntityRelationMappingTest {
  private static final List<JavaFileObject> LIBRARY = List.of(
      entity("Author",
          "@Entity public class Author {",
          "  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;",
          "  private String name;",
          "  @OneToOne(mappedBy = \"author\") private Biography biography;",
          "  @OneToMany(mappedBy = \"author\") private Set<Book> books;",
          "}"),
      entity("Biography",
          "@Entity public class Biography {",
          "  @Id private Long id;",
          "  @OneToOne(optional = false) private Author author;",
          "}"),
      entity("Book",
          "@Entity public class Book {",
          "  @Id private Long id;",
          "  @ManyToOne private Author author;",
          "  @ManyToMany private Set<Genre> genres;",
          "  @ManyToMany",
          "  @JoinTable(name = \"book_readers\", joinColumns = @JoinColumn(name = \"book\"),",
          "      inverseJoinColumns = @JoinColumn(name = \"reader\"),",
          "      foreignKey = @ForeignKey(name = \"fk_readers_book\"),",
          "      inverseForeignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))",
          "  private List<Reader> readers;",
          "  @OneToMany private List<Review> reviews;",
          "  @OneToMany @JoinColumn(name = \"book_id\") private Set<Chapter> chapters;",
          "  @ManyToMany @OrderColumn private List<Reader> queue;",
          "}"),
      entity("Genre",
          "@Entity public class Genre {",
          "  @Id private String code;",
          "  @ManyToMany(mappedBy = \"genres\") private Set<Book> books;",
          "}"),
      entity("Reader", "@Entity public class Reader { @Id private long id; }"),
      entity("Review", "@Entity public class Review { @Id private long id; }"),
      entity("Chapter",
          "@Entity public class Chapter {",
          "  @Id private long id;",
          "  private String title;",
          "}"));

  @Test
  void mapsTheRelationsOfALibrary() {
    EntityCapture.Result result = EntityCapture.compile(LIBRARY.toArray(JavaFileObject[]::new));

    assertThat(result.compilation()).succeededWithoutWarnings();
    Schema schema = result.model().schema();
    assertThat(schema.table("Author")).hasValue(Table.named("Author")
        .column(Column.named("id").type(SqlType.BIGINT).identity())
        .column(Column.named("name").type(SqlType.varchar(255)).nullable())
        .primaryKey("id").build());
    assertThat(schema.table("Biography")).hasValue(Table.named("Biography")
        .column(Column.named("id").type(SqlType.BIGINT))
        .column(Column.named("author_id").type(SqlType.BIGINT))
        .primaryKey("id")
        .unique(UniqueConstraint.named("uk_biography_author_id").on("author_id"))
        .foreignKey(ForeignKey.named("fk_biography_author_id").columns("author_id")
            .references("Author", "id"))
        .build());
    assertThat(schema.table("Book")).hasValue(Table.named("Book")
        .column(Column.named("id").type(SqlType.BIGINT))
        .column(Column.named("author_id").type(SqlType.BIGINT).nullable())
        .primaryKey("id")
        .foreignKey(ForeignKey.named("fk_book_author_id").columns("author_id")
            .references("Author", "id"))
        .build());
    assertThat(schema.table("Book_Genre")).hasValue(Table.named("Book_Genre")
        .column(Column.named("books_id").type(SqlType.BIGINT))
        .column(Column.named("genres_code").type(SqlType.varchar(255)))
        .primaryKey("books_id", "genres_code")
        .foreignKey(ForeignKey.named("fk_book_genre_books_id").columns("books_id")
            .references("Book", "id"))
        .foreignKey(ForeignKey.named("fk_book_genre_genres_code").columns("genres_code")
            .references("Genre", "code"))
        .build());
    assertThat(schema.table("book_readers")).hasValue(Table.named("book_readers")
        .column(Column.named("book").type(SqlType.BIGINT))
        .column(Column.named("reader").type(SqlType.BIGINT))
        .foreignKey(ForeignKey.named("fk_readers_book").columns("book")
            .references("Book", "id"))
        .build());
    assertThat(schema.table("Book_Review")).hasValue(Table.named("Book_Review")
        .column(Column.named("Book_id").type(SqlType.BIGINT))
        .column(Column.named("reviews_id").type(SqlType.BIGINT))
        .unique(UniqueConstraint.named("uk_book_review_reviews_id").on("reviews_id"))
        .foreignKey(ForeignKey.named("fk_book_review_book_id").columns("Book_id")
            .references("Book", "id"))
        .foreignKey(ForeignKey.named("fk_book_review_reviews_id").columns("reviews_id")
            .references("Review", "id"))
        .build());
    assertThat(schema.table("Chapter")).hasValue(Table.named("Chapter")
        .column(Column.named("id").type(SqlType.BIGINT))
        .column(Column.named("title").type(SqlType.varchar(255)).nullable())
        .column(Column.named("book_id").type(SqlType.BIGINT).nullable())
        .primaryKey("id")
        .foreignKey(ForeignKey.named("fk_chapter_book_id").columns("book_id")
            .references("Book", "id"))
        .build());
    assertThat(schema.table("Book_Reader")).hasValue(Table.named("Book_Reader")
        .column(Column.named("Book_id").type(SqlType.BIGINT))
        .column(Column.named("queue_id").type(SqlType.BIGINT))
        .column(Column.named("queue_ORDER").type(SqlType.INTEGER))
        .primaryKey("Book_id", "queue_ORDER")
        .foreignKey(ForeignKey.named("fk_book_reader_book_id").columns("Book_id")
            .references("Book", "id"))
        .foreignKey(ForeignKey.named("fk_book_reader_queue_id").columns("queue_id")
            .references("Reader", "id"))
        .build());
    assertThat(schema.tables()).hasSize(11);
  }

  @Test
  void sharesThePrimaryKeyOfAMapsIdRelation() {
    JavaFileObject user = entity("User",
        "@Entity public class User { @Id private long id; }");
    JavaFileObject settings = entity("Settings",
        "@Entity public class Settings {",
        "  @Id private Long id;",
        "  @MapsId @OneToOne private User user;",
        "  private boolean dark;",
        "}");

    Schema schema = EntityCapture.compile(user, settings).model().schema();

    assertThat(schema.table("Settings")).hasValue(Table.named("Settings")
        .column(Column.named("user_id").type(SqlType.BIGINT))
        .column(Column.named("dark").type(SqlType.BOOLEAN))
        .primaryKey("user_id")
        .foreignKey(ForeignKey.named("fk_settings_user_id").columns("user_id")
            .references("User", "id"))
        .build());
  }

  @Test
  void fillsTheEmbeddedIdFromMapsIdRelations() {
    JavaFileObject user = entity("User",
        "@Entity public class User { @Id private long id; }");
    JavaFileObject book = entity("Book",
        "@Entity public class Book { @Id private int id; }");
    JavaFileObject key = entity("LoanKey",
        "@Embeddable public class LoanKey { private Long userId; private Integer bookId; }");
    JavaFileObject loan = entity("Loan",
        "@Entity public class Loan {",
        "  @EmbeddedId private LoanKey id;",
        "  @MapsId(\"userId\") @ManyToOne @JoinColumn(name = \"user_id\") private User user;",
        "  @MapsId(\"bookId\") @ManyToOne private Book book;",
        "  private LocalDate due;",
        "}");

    EntityCapture.Result result = EntityCapture.compile(user, book, key, loan);

    assertThat(result.compilation()).succeededWithoutWarnings();
    assertThat(result.model().schema().table("Loan")).hasValue(Table.named("Loan")
        .column(Column.named("user_id").type(SqlType.BIGINT))
        .column(Column.named("book_id").type(SqlType.INTEGER))
        .column(Column.named("due").type(SqlType.DATE).nullable())
        .primaryKey("book_id", "user_id")
        .foreignKey(ForeignKey.named("fk_loan_book_id").columns("book_id")
            .references("Book", "id"))
        .foreignKey(ForeignKey.named("fk_loan_user_id").columns("user_id")
            .references("User", "id"))
        .build());
  }

  /** A dependent whose embedded id is of its parent's key type shares the whole key. */
  @Test
  void sharesAWholeEmbeddedIdThroughAnEmptyMapsId() {
    JavaFileObject key = entity("BookKey",
        "@Embeddable public record BookKey(String publisher, int number) {}");
    JavaFileObject book = entity("Book",
        "@Entity public class Book { @EmbeddedId private BookKey id; }");
    JavaFileObject cover = entity("Cover",
        "@Entity public class Cover {",
        "  @EmbeddedId private BookKey id;",
        "  @MapsId @OneToOne private Book book;",
        "  private String url;",
        "}");

    EntityCapture.Result result = EntityCapture.compile(key, book, cover);

    assertThat(result.compilation()).succeededWithoutWarnings();
    assertThat(result.model().schema().table("Cover")).hasValue(Table.named("Cover")
        .column(Column.named("book_number").type(SqlType.INTEGER))
        .column(Column.named("book_publisher").type(SqlType.varchar(255)))
        .column(Column.named("url").type(SqlType.varchar(255)).nullable())
        .primaryKey("book_number", "book_publisher")
        .foreignKey(ForeignKey.named("fk_cover_book_number_book_publisher")
            .columns("book_number", "book_publisher").references("Book", "number", "publisher"))
        .build());
  }

  /** The join columns follow the referenced key's order, whatever order they are written in. */
  @Test
  void joinsACompositeKeyWithJoinColumns() {
    JavaFileObject key = entity("LineKey",
        "@Embeddable public record LineKey(long orderNo, int line) {}");
    JavaFileObject line = entity("Line",
        "@Entity public class Line { @EmbeddedId private LineKey key; }");
    JavaFileObject note = entity("Note",
        "@Entity public class Note {",
        "  @Id private long id;",
        "  @ManyToOne",
        "  @JoinColumns(value = {",
        "      @JoinColumn(name = \"note_order\", referencedColumnName = \"orderNo\"),",
        "      @JoinColumn(name = \"note_line\", referencedColumnName = \"line\")},",
        "      foreignKey = @ForeignKey(name = \"fk_note_line\"))",
        "  private Line line;",
        "  @ManyToOne private Line other;",
        "}");

    Schema schema = EntityCapture.compile(key, line, note).model().schema();

    assertThat(schema.table("Note")).hasValue(Table.named("Note")
        .column(Column.named("id").type(SqlType.BIGINT))
        .column(Column.named("note_line").type(SqlType.INTEGER).nullable())
        .column(Column.named("note_order").type(SqlType.BIGINT).nullable())
        .column(Column.named("other_line").type(SqlType.INTEGER).nullable())
        .column(Column.named("other_orderNo").type(SqlType.BIGINT).nullable())
        .primaryKey("id")
        .foreignKey(ForeignKey.named("fk_note_line").columns("note_line", "note_order")
            .references("Line", "line", "orderNo"))
        .foreignKey(ForeignKey.named("fk_note_other_line_other_orderno")
            .columns("other_line", "other_orderNo").references("Line", "line", "orderNo"))
        .build());
  }
}
