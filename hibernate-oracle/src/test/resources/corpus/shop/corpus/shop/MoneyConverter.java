package corpus.shop;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link Money} as its cents. */
@Converter
public class MoneyConverter implements AttributeConverter<Money, Long> {
  @Override
  public Long convertToDatabaseColumn(Money money) {
    return money == null ? null : money.cents();
  }

  @Override
  public Money convertToEntityAttribute(Long cents) {
    return cents == null ? null : new Money(cents);
  }
}
