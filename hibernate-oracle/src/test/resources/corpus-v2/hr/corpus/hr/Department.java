package corpus.hr;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import java.util.Map;
import java.util.Set;

/** A department: its employees, its former employees, its projects. */
@Entity
public class Department extends Audited<Long> {
  @Column(nullable = false, length = 80)
  private String displayName;

  @OneToMany(mappedBy = "department")
  private Set<Employee> employees;

  @ElementCollection
  @MapKeyColumn(name = "roleName", length = 40)
  @Column(name = "headCount")
  private Map<String, Integer> headCountByRole;

  /** Unidirectional, with a join column in the project's table. */
  @OneToMany
  @JoinColumn(name = "owningDepartmentId")
  private Set<Project> projects;

  protected Department() {}
}
