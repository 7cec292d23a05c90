package corpus.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Temporal;
import jakarta.persistence.TemporalType;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Calendar;
import java.util.Date;
import java.util.List;

/** An order: its table is named after the entity, {@code Order}, an SQL keyword. */
@Entity
@Table(indexes = @Index(name = "ix_order_placed_at", columnList = "placed_at"))
public class Order {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "fk_order_customer"))
  private Customer customer;

  @ManyToOne
  @JoinColumn(name = "gift_product_id")
  private Product giftProduct;

  @OneToMany(mappedBy = "order")
  private List<OrderLine> lines;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private OrderStatus status;

  @Temporal(TemporalType.TIMESTAMP)
  @Column(name = "placed_at", nullable = false)
  private Date placedAt;

  @Temporal(TemporalType.DATE)
  @Column(name = "delivery_date")
  private Calendar deliveryDate;

  @Temporal(TemporalType.TIME)
  @Column(name = "delivery_time")
  private Date deliveryTime;

  @Column(precision = 12, scale = 2)
  private BigDecimal total;

  @Convert(converter = MoneyConverter.class)
  @Column(name = "shipping_cost")
  private Money shippingCost;

  @Lob
  private String note;

  protected Order() {}
}
