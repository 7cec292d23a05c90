package corpus.ids;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.TableGenerator;

/** Version 2: the generator keeps its counter in a table of its own, with its own columns. */
@Entity
public class Block {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "blocks")
  @TableGenerator(name = "blocks", table = "block_counters", pkColumnName = "counter",
      valueColumnName = "next_block", allocationSize = 10)
  private Long id;

  protected Block() {}
}
