package corpus.ids;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** New in version 2: a named generator with a new sequence, defined on the class. */
@Entity
@SequenceGenerator(name = "vouchers", sequenceName = "voucher_numbers", initialValue = 500,
    allocationSize = 5)
public class Voucher {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vouchers")
  private Long id;

  @Column(nullable = false)
  private int amount;

  protected Voucher() {}
}
