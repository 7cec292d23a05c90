package corpus.shop;

/** An amount in cents; stored through {@link MoneyConverter}. */
public record Money(long cents) {}
