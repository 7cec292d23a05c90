package corpus.shop;

import jakarta.persistence.Embeddable;

/** A point on the map: a record used as an embeddable, nested in {@link Address}. */
@Embeddable
public record GeoPoint(Double latitude, Double longitude) {}
