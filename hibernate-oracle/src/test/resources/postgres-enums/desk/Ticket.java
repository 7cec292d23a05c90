package desk;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Set;

@Entity
@Table(name = "tickets")
public class Ticket {
  /** A nested enum: its type is named after the simple name, as Hibernate names it. */
  public enum Channel {
    WEB,
    MAIL,
    PHONE
  }

  @Id Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  Status status;

  @Enumerated(EnumType.STRING)
  Channel channel;

  @ElementCollection
  @CollectionTable(name = "ticket_history")
  @Enumerated(EnumType.STRING)
  Set<Status> history;
}
