package corpus.ids;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.util.UUID;

/** New in version 2: the UUID strategy on a UUID id, generated in Java, nothing in the schema. */
@Entity
public class Session {
  @Id
  @GeneratedValue(strategy = GenerationType.UUID)
  private UUID id;

  private String agent;

  protected Session() {}
}
