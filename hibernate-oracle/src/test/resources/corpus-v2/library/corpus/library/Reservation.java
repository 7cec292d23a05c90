package corpus.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * New in version 2: a user waiting for any copy of a book; default join columns to the book's
 * two-column key, with an index over them.
 */
@Entity
@Table(name = "reservations", indexes = @Index(name = "ix_reservations_book",
    columnList = "book_publisher_code, book_book_number"))
public class Reservation {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  private Book book;

  @ManyToOne(optional = false)
  @JoinColumn(name = "user_id")
  private User user;

  @Column(name = "placed_at", nullable = false)
  private Instant placedAt;

  protected Reservation() {}
}
