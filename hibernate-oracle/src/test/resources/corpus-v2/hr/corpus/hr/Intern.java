package corpus.hr;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

/** An intern, mentored by an engineer: a new subclass in the employee table. */
@Entity
@DiscriminatorValue("INT")
public class Intern extends Employee {
  private LocalDate endsOn;

  @ManyToOne
  private Engineer mentor;

  protected Intern() {}
}
