package corpus.library;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A copy lent to a user: an embedded id whose parts are relations, by {@code @MapsId}. Version 2:
 * every loan is due on a day, looked up by an index, and records when it came back.
 */
@Entity
@Table(name = "loans", indexes = @Index(name = "ix_loans_due_on", columnList = "dueOn"))
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

  @Column(nullable = false)
  private LocalDate dueOn;

  private LocalDate returnedOn;

  protected Loan() {}
}
