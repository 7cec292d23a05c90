package corpus.hr;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;

/** A profile shares its employee's key: {@code @MapsId}. */
@Entity
public class EmployeeProfile {
  @Id
  private Long id;

  @MapsId
  @OneToOne
  @JoinColumn(name = "employeeId")
  private Employee employee;

  @Lob
  private String biography;

  protected EmployeeProfile() {}
}
