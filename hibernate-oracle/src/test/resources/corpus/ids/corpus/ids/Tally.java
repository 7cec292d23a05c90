package corpus.ids;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** A generator written on the id and not referred to by name. */
@Entity
public class Tally {
  @Id
  @GeneratedValue
  @SequenceGenerator(name = "tallies", allocationSize = 1)
  private Long id;

  protected Tally() {}
}
