package corpus.hr;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;

/** A generic mapped superclass: the type of the id is chosen by each subclass. */
@MappedSuperclass
public abstract class Identified<K extends Serializable> {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  protected K id;
}
