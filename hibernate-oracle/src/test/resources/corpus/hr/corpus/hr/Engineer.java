package corpus.hr;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.util.Set;

/** An engineer, reporting to a manager, with skills. */
@Entity
@DiscriminatorValue("ENG")
public class Engineer extends Employee {
  private int seniorityLevel;

  @ManyToOne
  private Manager manager;

  @ManyToMany
  @JoinTable(name = "engineerSkills",
      joinColumns = @JoinColumn(name = "engineerId"),
      inverseJoinColumns = @JoinColumn(name = "skillCode"),
      foreignKey = @ForeignKey(name = "fk_engineer_skills_engineer"),
      inverseForeignKey = @ForeignKey(name = "fk_engineer_skills_skill"))
  private Set<Skill> skills;

  protected Engineer() {}
}
