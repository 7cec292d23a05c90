package corpus.hr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import java.util.List;
import java.util.Set;

/** A department: its employees, its former employees, its projects. */
@Entity
public class Department extends Audited<Long> {
  @Column(nullable = false, length = 80)
  private String displayName;

  @OneToMany(mappedBy = "department")
  private Set<Employee> employees;

  /** Unidirectional, without join column: a join table. */
  @OneToMany
  private List<Employee> formerEmployees;

  /** Unidirectional, with a join column in the project's table. */
  @OneToMany
  @JoinColumn(name = "owningDepartmentId")
  private Set<Project> projects;

  protected Department() {}
}
