package corpus.hr;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import java.math.BigDecimal;
import java.util.Set;

/** A manager: its columns go into the employee table, nullable. */
@Entity
@DiscriminatorValue("MGR")
public class Manager extends Employee {
  @Column(precision = 12, scale = 0, nullable = false)
  private BigDecimal yearlyBudget;

  @OneToMany(mappedBy = "manager")
  private Set<Engineer> reports;

  protected Manager() {}
}
