package corpus.library;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * New in version 2: the cover of a book, sharing the book's key by {@code @MapsId} on the whole
 * embedded id, with the default join columns.
 */
@Entity
@Table(name = "book_covers")
public class BookCover {
  @EmbeddedId
  private BookId id;

  @MapsId
  @OneToOne
  private Book book;

  @Column(name = "image_url", nullable = false, length = 400)
  private String imageUrl;

  protected BookCover() {}
}
