package corpus.library;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One physical copy of a book, with its home and its current place. Version 2: the bay the
 * shelving gained is overridden for the current place, whose branch key gets a name.
 */
@Entity
@Table(name = "copies")
public class Copy {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumns(value = {
      @JoinColumn(name = "book_publisher", referencedColumnName = "publisher_code"),
      @JoinColumn(name = "book_no", referencedColumnName = "book_number")},
      foreignKey = @ForeignKey(name = "fk_copies_book"))
  private Book book;

  @Embedded
  private Shelving home;

  @Embedded
  @AttributeOverride(name = "shelf", column = @Column(name = "current_shelf", length = 12))
  @AttributeOverride(name = "bay", column = @Column(name = "current_bay", length = 4))
  @AssociationOverride(name = "branch", joinColumns = @JoinColumn(name = "current_branch_id"),
      foreignKey = @ForeignKey(name = "fk_copies_current_branch"))
  private Shelving current;

  protected Copy() {}
}
