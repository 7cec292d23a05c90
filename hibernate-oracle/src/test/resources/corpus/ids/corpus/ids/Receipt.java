package corpus.ids;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** A named generator with its own sequence name, start and allocation size. */
@Entity
public class Receipt {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "receipts")
  @SequenceGenerator(name = "receipts", sequenceName = "receipt_numbers", initialValue = 1000,
      allocationSize = 10)
  private Long id;

  protected Receipt() {}
}
