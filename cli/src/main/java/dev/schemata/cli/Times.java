package dev.schemata.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as a table shows them: instants in UTC to the second, durations in milliseconds. */
final class Times {
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private Times() {}

  static String instant(Instant instant) {
    return instant == null ? "" : UTC.format(instant);
  }

  static String duration(Duration duration) {
    return duration == null ? "" : duration.toMillis() + " ms";
  }
}
