package corpus.ids;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.util.UUID;

/** The default strategy on a UUID: generated in Java, nothing in the schema. */
@Entity
public class Token {
  @Id
  @GeneratedValue
  private UUID id;

  protected Token() {}
}
