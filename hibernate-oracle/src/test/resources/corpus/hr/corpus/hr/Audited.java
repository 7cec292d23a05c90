package corpus.hr;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/** When a row was created, and its version for optimistic locking. */
@MappedSuperclass
public abstract class Audited<K extends Serializable> extends Identified<K> {
  @Column(nullable = false)
  private Instant createdAt;

  @Version
  private Integer rowVersion;
}
