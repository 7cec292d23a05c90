package corpus.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** A postal address, embedded twice in {@link Customer}. */
@Embeddable
public class Address {
  @Column(length = 120)
  private String street;

  @Column(length = 80)
  private String city;

  @Column(name = "postal_code", length = 10)
  private String postalCode;

  @Embedded
  private GeoPoint location;

  protected Address() {}
}
