package corpus.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A phone number of a customer, an element of an ordered collection. */
@Embeddable
public class Phone {
  @Column(name = "phone_number", length = 20, nullable = false)
  private String number;

  @Enumerated(EnumType.ORDINAL)
  private PhoneKind kind;

  protected Phone() {}
}
