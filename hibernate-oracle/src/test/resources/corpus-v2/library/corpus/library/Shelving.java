package corpus.library;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

/** Where a copy stands: an embeddable holding a relation. Version 2: the bay of the shelf. */
@Embeddable
public class Shelving {
  @Column(length = 12)
  private String shelf;

  @Column(length = 4)
  private String bay;

  @ManyToOne
  private Branch branch;

  protected Shelving() {}
}
