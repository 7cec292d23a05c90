package corpus.library;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

/** Where a copy stands: an embeddable holding a relation. */
@Embeddable
public class Shelving {
  @Column(length = 12)
  private String shelf;

  @ManyToOne
  private Branch branch;

  protected Shelving() {}
}
