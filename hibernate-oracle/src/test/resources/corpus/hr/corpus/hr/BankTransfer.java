package corpus.hr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** Paid to a bank account. */
@Entity
public class BankTransfer extends Payment {
  @Column(length = 34, nullable = false)
  private String iban;

  protected BankTransfer() {}
}
