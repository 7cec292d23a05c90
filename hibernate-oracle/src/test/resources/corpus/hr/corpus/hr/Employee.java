package corpus.hr;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An employee: the root of a single-table hierarchy with managers and engineers. */
@Entity
@DiscriminatorColumn(name = "employeeKind", length = 20)
@DiscriminatorValue("EMP")
public class Employee extends Audited<Long> {
  @NotNull
  @Size(max = 160)
  private String fullName;

  private LocalDate hiredOn;

  @Column(precision = 10, scale = 2)
  private BigDecimal monthlySalary;

  @ManyToOne
  private Department department;

  @OneToOne
  @JoinColumn(name = "deskId")
  private Desk desk;

  protected Employee() {}
}
