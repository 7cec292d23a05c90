package corpus.hr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A trust: a new joined subclass of party. */
@Entity
public class Trust extends Party {
  @Column(nullable = false, length = 200)
  private String trusteeName;

  protected Trust() {}
}
