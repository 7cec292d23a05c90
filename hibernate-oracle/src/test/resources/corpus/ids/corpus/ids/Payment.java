package corpus.ids;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** SEQUENCE without a generator: a sequence named after the table. */
@Entity
@Table(name = "payments")
public class Payment {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private long id;

  private int amount;

  protected Payment() {}
}
