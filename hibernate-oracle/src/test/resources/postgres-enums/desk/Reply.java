package desk;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Shares the type of Status with Ticket. */
@Entity
@Table(name = "replies")
public class Reply {
  @Id Long id;

  @Enumerated(EnumType.STRING)
  Status statusAfter;
}
