package corpus.hr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** Paid to a card. */
@Entity
public class CardPayment extends Payment {
  @Column(length = 4)
  private String cardLastDigits;

  protected CardPayment() {}
}
