package corpus.hr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A project, which knows nothing of the department that owns it. */
@Entity
public class Project {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long projectId;

  @Column(nullable = false, length = 120)
  private String codeName;

  private LocalDate startsOn;

  protected Project() {}
}
