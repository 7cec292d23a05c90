package corpus.hr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A company or an association, keyed by the party's key column. */
@Entity
public class Organisation extends Party {
  @Column(length = 40, unique = true)
  private String registrationNumber;

  protected Organisation() {}
}
