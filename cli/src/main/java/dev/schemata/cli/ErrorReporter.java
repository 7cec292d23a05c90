package dev.schemata.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints a failed command's error: one message that says what to do, on standard error, or a JSON
 * object on standard output with {@code --json}; the stack trace only with {@code --verbose}.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception thrown, CommandLine commandLine,
      ParseResult parseResult) {
    Object command = commandLine.getCommand();
    CodeCommand context = command instanceof CodeCommand c ? c : null;
    Failure failure = Failure.of(thrown, context == null ? "" : context.code.describe(),
        context == null ? null : safePassword(context));
    if (context != null && context.output.json) {
      Json.object(commandLine.getOut(), json -> {
        json.writeObjectFieldStart("error");
        json.writeStringField("code", failure.code());
        json.writeNumberField("exitCode", failure.exitCode());
        json.writeStringField("message", failure.message());
        json.writeEndObject();
      });
    } else {
      PrintWriter err = commandLine.getErr();
      Style style = context == null ? Style.of(false) : context.style();
      err.println(style.bad("error:") + " " + failure.message());
      err.flush();
    }
    if (context != null && context.output.verbose) {
      thrown.printStackTrace(commandLine.getErr());
      commandLine.getErr().flush();
    }
    return failure.exitCode();
  }

  // Reading the settings may itself be what failed; the message is then free of passwords.
  private static String safePassword(CodeCommand command) {
    try {
      return command.password();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
