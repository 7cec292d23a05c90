package corpus.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A review of a book: default join columns to a two-column key. */
@Entity
@Table(name = "reviews")
public class Review {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne
  private Book book;

  @Column(length = 2000)
  private String text;

  private short rating;

  /** A word SQL:2003 reserves and H2 does not: see known-differences.txt. */
  private LocalDate date;

  protected Review() {}
}
