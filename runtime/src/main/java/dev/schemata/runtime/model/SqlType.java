package dev.schemata.runtime.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A portable column type: a kind plus the length, precision and scale that the kind takes. Each
 * dialect renders it in its engine's spelling.
 *
 * <p>The text form ({@code VARCHAR(255)}, {@code DECIMAL(38,2)}, {@code TIMESTAMP(6)}) is what
 * version files store; {@link #parse} reads it back.
 *
 * @param kind the type family
 * @param length the length in characters or bytes, for the kinds that take one, else 0
 * @param precision the precision (total digits, or fractional seconds for temporal kinds), else 0
 * @param scale the scale of a {@link Kind#DECIMAL}, else 0
 */
public record SqlType(Kind kind, int length, int precision, int scale) {

  /** The type families Schemata maps Java types to. */
  public enum Kind {
    BOOLEAN, TINYINT, SMALLINT, INTEGER, BIGINT, REAL, DOUBLE, DECIMAL(Parameters.PRECISION_SCALE),
    CHAR(Parameters.LENGTH), VARCHAR(Parameters.LENGTH), CLOB, VARBINARY(Parameters.LENGTH), BLOB,
    DATE, TIME(Parameters.PRECISION), TIMESTAMP(Parameters.PRECISION),
    TIMESTAMP_TZ(Parameters.PRECISION), UUID;

    private final Parameters parameters;

    Kind() {
      this(Parameters.NONE);
    }

    Kind(Parameters parameters) {
      this.parameters = parameters;
    }
  }

  private enum Parameters { NONE, LENGTH, PRECISION, PRECISION_SCALE }

  public static final SqlType BOOLEAN = new SqlType(Kind.BOOLEAN, 0, 0, 0);
  public static final SqlType TINYINT = new SqlType(Kind.TINYINT, 0, 0, 0);
  public static final SqlType SMALLINT = new SqlType(Kind.SMALLINT, 0, 0, 0);
  public static final SqlType INTEGER = new SqlType(Kind.INTEGER, 0, 0, 0);
  public static final SqlType BIGINT = new SqlType(Kind.BIGINT, 0, 0, 0);
  public static final SqlType REAL = new SqlType(Kind.REAL, 0, 0, 0);
  public static final SqlType DOUBLE = new SqlType(Kind.DOUBLE, 0, 0, 0);
  public static final SqlType CLOB = new SqlType(Kind.CLOB, 0, 0, 0);
  public static final SqlType BLOB = new SqlType(Kind.BLOB, 0, 0, 0);
  public static final SqlType DATE = new SqlType(Kind.DATE, 0, 0, 0);
  public static final SqlType UUID = new SqlType(Kind.UUID, 0, 0, 0);

  private static final Pattern TEXT =
      Pattern.compile("([A-Z_]+)(?:\\((\\d+)(?:,(\\d+))?\\))?");

  public SqlType {
    Objects.requireNonNull(kind, "kind");
    if (length < 0 || precision < 0 || scale < 0) {
      throw new IllegalArgumentException("negative size in " + kind + ": " + length + "/"
          + precision + "/" + scale);
    }
    boolean fits = switch (kind.parameters) {
      case NONE -> length == 0 && precision == 0 && scale == 0;
      case LENGTH -> length > 0 && precision == 0 && scale == 0;
      case PRECISION -> length == 0 && scale == 0;
      case PRECISION_SCALE -> length == 0 && precision > 0 && scale <= precision;
    };
    if (!fits) {
      throw new IllegalArgumentException(kind + " does not take length " + length
          + ", precision " + precision + ", scale " + scale);
    }
  }

  /** {@code CHAR(length)}. */
  public static SqlType fixedChar(int length) {
    return new SqlType(Kind.CHAR, length, 0, 0);
  }

  /** {@code VARCHAR(length)}. */
  public static SqlType varchar(int length) {
    return new SqlType(Kind.VARCHAR, length, 0, 0);
  }

  /** {@code VARBINARY(length)}. */
  public static SqlType varbinary(int length) {
    return new SqlType(Kind.VARBINARY, length, 0, 0);
  }

  /** {@code DECIMAL(precision, scale)}. */
  public static SqlType decimal(int precision, int scale) {
    return new SqlType(Kind.DECIMAL, 0, precision, scale);
  }

  /** {@code TIME(fractionalDigits)}. */
  public static SqlType time(int fractionalDigits) {
    return new SqlType(Kind.TIME, 0, fractionalDigits, 0);
  }

  /** {@code TIMESTAMP(fractionalDigits)} without time zone. */
  public static SqlType timestamp(int fractionalDigits) {
    return new SqlType(Kind.TIMESTAMP, 0, fractionalDigits, 0);
  }

  /** {@code TIMESTAMP(fractionalDigits) WITH TIME ZONE}. */
  public static SqlType timestampWithTimeZone(int fractionalDigits) {
    return new SqlType(Kind.TIMESTAMP_TZ, 0, fractionalDigits, 0);
  }

  /**
   * Reads the text form written by {@link #toString()}.
   *
   * @throws IllegalArgumentException naming the text when it is not a type
   */
  public static SqlType parse(String text) {
    Matcher matcher = TEXT.matcher(text.strip().toUpperCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new IllegalArgumentException("not a column type: '" + text + "'");
    }
    Kind kind;
    try {
      kind = Kind.valueOf(matcher.group(1));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown column type '" + text + "'", e);
    }
    int first = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
    int second = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
    return switch (kind.parameters) {
      case NONE -> new SqlType(kind, first, 0, second);
      case LENGTH -> new SqlType(kind, first, 0, second);
      case PRECISION -> new SqlType(kind, 0, first, second);
      case PRECISION_SCALE -> new SqlType(kind, 0, first, second);
    };
  }

  @Override
  public String toString() {
    return switch (kind.parameters) {
      case NONE -> kind.name();
      case LENGTH -> kind.name() + "(" + length + ")";
      case PRECISION -> kind.name() + "(" + precision + ")";
      case PRECISION_SCALE -> kind.name() + "(" + precision + "," + scale + ")";
    };
  }
}
