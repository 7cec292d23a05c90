package corpus.ids;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** TABLE without a generator: Hibernate's own counter table. */
@Entity
public class Ledger {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE)
  private Long id;

  protected Ledger() {}
}
