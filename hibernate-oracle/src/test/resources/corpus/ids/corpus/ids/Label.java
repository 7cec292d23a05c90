package corpus.ids;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A generator name that no annotation defines names the sequence. */
@Entity
public class Label {
  @Id
  @GeneratedValue(generator = "label_ids")
  private Long id;

  protected Label() {}
}
