package corpus.ids;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

/** A named table generator without a table: the generator's name is the table's. */
@Entity
public class Block {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "blocks")
  @TableGenerator(name = "blocks")
  private Long id;

  protected Block() {}
}
