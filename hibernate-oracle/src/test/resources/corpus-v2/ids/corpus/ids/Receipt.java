package corpus.ids;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** Version 2: receipts are numbered in blocks of 25 instead of 10, from the same sequence. */
@Entity
public class Receipt {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "receipts")
  @SequenceGenerator(name = "receipts", sequenceName = "receipt_numbers", initialValue = 1000,
      allocationSize = 25)
  private Long id;

  protected Receipt() {}
}
