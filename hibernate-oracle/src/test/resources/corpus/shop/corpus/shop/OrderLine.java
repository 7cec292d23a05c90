package corpus.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line of an order, keyed by its order and number through an {@code @IdClass}. */
@Entity
@Table(name = "order_lines")
@IdClass(OrderLineId.class)
public class OrderLine {
  @Id
  @ManyToOne
  @JoinColumn(name = "order_id")
  private Order order;

  @Id
  @Column(name = "line_number")
  private int lineNumber;

  @ManyToOne(optional = false)
  @JoinColumn(name = "product_id")
  private Product product;

  private int quantity;

  @Convert(converter = MoneyConverter.class)
  @Column(name = "unit_price", nullable = false)
  private Money unitPrice;

  protected OrderLine() {}
}
