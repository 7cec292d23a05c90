package corpus.library;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.Set;

/**
 * A book, keyed by an embedded id of two columns. Version 2: an ISBN, the previous edition (a
 * reference to the same two-column key) and titles by language (a collection table keyed by
 * it); keywords moved to the search index and are dropped.
 */
@Entity
@Table(name = "books")
public class Book {
  @EmbeddedId
  private BookId id;

  @Column(nullable = false)
  private String title;

  @Column(length = 13, unique = true)
  private String isbn;

  @ManyToOne
  @JoinColumns(value = {
      @JoinColumn(name = "previous_publisher", referencedColumnName = "publisher_code"),
      @JoinColumn(name = "previous_no", referencedColumnName = "book_number")},
      foreignKey = @ForeignKey(name = "fk_books_previous_edition"))
  private Book previousEdition;

  @ManyToMany
  private Set<Author> authors;

  @ElementCollection
  @CollectionTable(name = "book_titles")
  @MapKeyColumn(name = "lang", length = 8)
  @Column(name = "title", nullable = false)
  private Map<String, String> translatedTitles;

  protected Book() {}
}
