package corpus.hr;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;

/** A skill, mapped by its properties. */
@Entity
@Access(AccessType.PROPERTY)
public class Skill {
  private String code;
  private String label;
  private boolean certifiable;

  protected Skill() {}

  @Id
  @Column(length = 16)
  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  @Column(nullable = false, length = 120)
  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public boolean isCertifiable() {
    return certifiable;
  }

  public void setCertifiable(boolean certifiable) {
    this.certifiable = certifiable;
  }

  @Transient
  public String getDisplay() {
    return code + " " + label;
  }
}
