package corpus.shop;

/** What a phone number reaches; stored by ordinal. */
public enum PhoneKind { MOBILE, HOME, WORK }
