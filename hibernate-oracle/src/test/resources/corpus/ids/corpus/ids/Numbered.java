package corpus.ids;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/** A generator shared by every entity below: one sequence for all of them. */
@MappedSuperclass
@SequenceGenerator(name = "shared", sequenceName = "shared_ids", allocationSize = 20)
public abstract class Numbered {
  @Id
  @GeneratedValue(generator = "shared")
  protected Long id;
}
