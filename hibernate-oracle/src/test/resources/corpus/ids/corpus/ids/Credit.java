package corpus.ids;

import jakarta.persistence.Entity;

/** Draws its ids from the shared sequence too. */
@Entity
public class Credit extends Numbered {
  private int amount;

  protected Credit() {}
}
