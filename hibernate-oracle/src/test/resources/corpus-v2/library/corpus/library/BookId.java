package corpus.library;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * The key of a book: its publisher's code and its number there. Version 2: publisher codes
 * grow to 12 characters, in every table that refers to a book too.
 */
@Embeddable
public class BookId implements Serializable {
  @Column(name = "publisher_code", length = 12)
  private String publisherCode;

  @Column(name = "book_number")
  private int number;

  protected BookId() {}

  @Override
  public boolean equals(Object other) {
    return other instanceof BookId that && Objects.equals(publisherCode, that.publisherCode)
        && number == that.number;
  }

  @Override
  public int hashCode() {
    return Objects.hash(publisherCode, number);
  }
}
