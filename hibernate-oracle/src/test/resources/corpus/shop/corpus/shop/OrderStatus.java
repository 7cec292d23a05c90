package corpus.shop;

/** Where an order stands; stored by name. */
public enum OrderStatus { OPEN, PAID, SHIPPED, CANCELLED }
