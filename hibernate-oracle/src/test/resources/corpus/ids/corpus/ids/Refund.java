package corpus.ids;

import jakarta.persistence.Entity;

/** Draws its ids from the shared sequence. */
@Entity
public class Refund extends Numbered {
  private String reason;

  protected Refund() {}
}
