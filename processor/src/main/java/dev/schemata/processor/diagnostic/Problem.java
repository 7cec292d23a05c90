package dev.schemata.processor.diagnostic;

import java.util.List;

/**
 * A diagnostic found by a stage that does not see elements; the processor reports it on the
 * element it concerns.
 *
 * @param message what kind of problem
 * @param args the values for the message's template
 */
public record Problem(Message message, List<Object> args) {

  public Problem {
    args = List.copyOf(args);
  }

  /** A problem with these template values. */
  public static Problem of(Message message, Object... args) {
    return new Problem(message, List.of(args));
  }

  /** The full text of the diagnostic. */
  public String text() {
    return message.format(args.toArray());
  }
}
