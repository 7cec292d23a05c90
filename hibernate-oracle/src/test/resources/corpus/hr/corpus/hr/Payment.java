package corpus.hr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A payment to an employee: abstract, each kind in a table of its own. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Payment {
  @Id
  private Long paymentId;

  @Column(nullable = false, precision = 14, scale = 2)
  private BigDecimal amount;

  private LocalDateTime paidAt;

  @ManyToOne(optional = false)
  private Employee payee;

  protected Payment() {}
}
