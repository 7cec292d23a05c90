package corpus.shop;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.ColumnDefault;

/** A customer, with a billing and a shipping address, phones, tags and preferences. */
@Entity
@Table(name = "customers", uniqueConstraints = @UniqueConstraint(columnNames = "email"))
public class Customer {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Basic(optional = false)
  @Column(length = 100)
  private String name;

  @NotNull
  @Size(max = 120)
  private String email;

  @Embedded
  @AttributeOverrides({
      @AttributeOverride(name = "street", column = @Column(name = "billing_street", length = 120)),
      @AttributeOverride(name = "city", column = @Column(name = "billing_city", length = 80)),
      @AttributeOverride(name = "postalCode",
          column = @Column(name = "billing_postal_code", length = 10)),
      @AttributeOverride(name = "location.latitude", column = @Column(name = "billing_lat")),
      @AttributeOverride(name = "location.longitude", column = @Column(name = "billing_lon"))})
  private Address billingAddress;

  @Embedded
  @AttributeOverride(name = "street", column = @Column(name = "shipping_street", length = 120))
  @AttributeOverride(name = "city", column = @Column(name = "shipping_city", length = 80))
  @AttributeOverride(name = "postalCode",
      column = @Column(name = "shipping_postal_code", length = 10))
  @AttributeOverride(name = "location.latitude", column = @Column(name = "shipping_lat"))
  @AttributeOverride(name = "location.longitude", column = @Column(name = "shipping_lon"))
  private Address shippingAddress;

  @ElementCollection
  @CollectionTable(name = "customer_tags", joinColumns = @JoinColumn(name = "customer_id"))
  @Column(name = "tag", length = 40)
  private Set<String> tags;

  @ElementCollection
  @CollectionTable(name = "customer_phones")
  @OrderColumn(name = "sort_index")
  private List<Phone> phones;

  @ElementCollection
  @MapKeyColumn(name = "pref_name", length = 50)
  @Column(name = "value", length = 200)
  private Map<String, String> preferences;

  @ColumnDefault("0")
  @Column(name = "loyalty_points")
  private Integer loyaltyPoints;

  @Version
  private long version;

  protected Customer() {}
}
