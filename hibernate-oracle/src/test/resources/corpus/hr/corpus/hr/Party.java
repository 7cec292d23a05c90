package corpus.hr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;

/** A party to a contract: a table per class, joined by key. */
@Entity
@Table(name = "parties")
@Inheritance(strategy = InheritanceType.JOINED)
public class Party {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long partyId;

  @Column(nullable = false, length = 200)
  private String legalName;

  protected Party() {}
}
