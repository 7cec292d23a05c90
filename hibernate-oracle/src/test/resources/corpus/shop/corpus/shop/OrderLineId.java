package corpus.shop;

import java.io.Serializable;
import java.util.Objects;

/** The key of an {@link OrderLine}: its order's id and its number within the order. */
public class OrderLineId implements Serializable {
  private Long order;
  private int lineNumber;

  protected OrderLineId() {}

  @Override
  public boolean equals(Object other) {
    return other instanceof OrderLineId that && Objects.equals(order, that.order)
        && lineNumber == that.lineNumber;
  }

  @Override
  public int hashCode() {
    return Objects.hash(order, lineNumber);
  }
}
