package corpus.library;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.Set;

/** A book, keyed by an embedded id of two columns. */
@Entity
@Table(name = "books")
public class Book {
  @EmbeddedId
  private BookId id;

  @Column(nullable = false)
  private String title;

  @ManyToMany
  private Set<Author> authors;

  @ElementCollection
  @Column(nullable = false, length = 50)
  private Set<String> keywords;

  protected Book() {}
}
