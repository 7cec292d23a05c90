package corpus.ids;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** New in version 2: the UUID strategy on a String id, a VARCHAR column. */
@Entity
public class Device {
  @Id
  @GeneratedValue(strategy = GenerationType.UUID)
  private String id;

  private String model;

  protected Device() {}
}
