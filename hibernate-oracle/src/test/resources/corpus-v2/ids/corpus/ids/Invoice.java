package corpus.ids;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/**
 * Version 2: invoice numbers must leave no gaps, so they are drawn one at a time from the
 * sequence the default strategy made in version 1.
 */
@Entity
public class Invoice {
  @Id
  @GeneratedValue(generator = "invoices")
  @SequenceGenerator(name = "invoices", sequenceName = "Invoice_SEQ", allocationSize = 1)
  private Long id;

  private String number;

  protected Invoice() {}
}
