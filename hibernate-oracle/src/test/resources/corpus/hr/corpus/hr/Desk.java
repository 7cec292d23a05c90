package corpus.hr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/** A desk, and who sits at it: the inverse side of a one-to-one. */
@Entity
public class Desk {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(length = 30)
  private String floorLocation;

  @OneToOne(mappedBy = "desk")
  private Employee occupant;

  protected Desk() {}
}
