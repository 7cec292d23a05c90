package corpus.library;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** The key of a loan: the copy and the user, each filled from its relation. */
@Embeddable
public class LoanId implements Serializable {
  private Long userId;
  private Long copyId;

  protected LoanId() {}

  @Override
  public boolean equals(Object other) {
    return other instanceof LoanId that && Objects.equals(copyId, that.copyId)
        && Objects.equals(userId, that.userId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(copyId, userId);
  }
}
