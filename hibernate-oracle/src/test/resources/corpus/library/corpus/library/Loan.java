package corpus.library;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A copy lent to a user: an embedded id whose parts are relations, by {@code @MapsId}. */
@Entity
@Table(name = "loans")
public class Loan {
  @EmbeddedId
  private LoanId id;

  @MapsId("copyId")
  @ManyToOne
  @JoinColumn(name = "copy_id")
  private Copy copy;

  @MapsId("userId")
  @ManyToOne
  @JoinColumn(name = "user_id")
  private User user;

  private LocalDate dueOn;

  protected Loan() {}
}
