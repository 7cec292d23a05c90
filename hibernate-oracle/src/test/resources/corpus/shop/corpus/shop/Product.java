package corpus.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/** A product: one column of most basic Java types, and categories many-to-many. */
@Entity
@Table(name = "products")
public class Product {
  @Id
  private UUID id;

  @Column(unique = true, nullable = false, length = 32)
  private String sku;

  @Column(nullable = false)
  private String title;

  @Lob
  private byte[] image;

  @Column(length = 64)
  private byte[] checksum;

  @Convert(converter = MoneyConverter.class)
  private Money price;

  private boolean active;
  private char grade;
  private byte flags;
  private short shelfLife;
  private float rating;
  private double weight;
  private Character size;
  private Float discount;
  private Double volume;
  private Short stockLevel;
  private Byte warehouse;
  private BigInteger serialNumber;

  @Column(precision = 8)
  private BigDecimal margin;

  @Column(scale = 3)
  private BigDecimal taxRate;

  private LocalDate launchedOn;
  private LocalTime opensAt;
  private LocalDateTime updatedAt;
  private OffsetDateTime importedAt;

  @ManyToMany
  private Set<Category> categories;

  protected Product() {}
}
