package corpus.ids;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** The default strategy on a numeric id: a sequence named after the entity. */
@Entity
public class Invoice {
  @Id
  @GeneratedValue
  private Long id;

  private String number;

  protected Invoice() {}
}
