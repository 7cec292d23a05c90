package corpus.hr;

import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import java.time.LocalDate;

/** A natural person, keyed by its own column. */
@Entity
@PrimaryKeyJoinColumn(name = "personId")
public class Person extends Party {
  private LocalDate birthDate;

  protected Person() {}
}
