package corpus.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A setting: columns named {@code key} and {@code value}, both SQL keywords. Version 2: longer
 * values, and a value is required.
 */
@Entity
@Table(name = "settings")
public class Setting {
  @Id
  @Column(length = 64)
  private String key;

  @Column(length = 1000, nullable = false)
  private String value;

  protected Setting() {}
}
