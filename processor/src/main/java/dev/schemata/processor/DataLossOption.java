package dev.schemata.processor;

import dev.schemata.processor.diagnostic.Message;
import dev.schemata.processor.diagnostic.Reporter;
import javax.annotation.processing.ProcessingEnvironment;

/**
 * The processor option {@value #OPTION}: {@code warn} (the default) reports data that an
 * upgrade destroys as warnings; {@code error} makes each an error until {@code @SchemaVersion}
 * acknowledges it.
 */
final class DataLossOption {
  static final String OPTION = "schemata.dataLoss";

  private DataLossOption() {}

  /** Whether data loss is an error; an unknown value is reported, and warnings are kept. */
  static boolean isError(ProcessingEnvironment env, Reporter reporter) {
    String value = env.getOptions().get(OPTION);
    if (value == null || value.equals("warn")) {
      return false;
    }
    if (value.equals("error")) {
      return true;
    }
    reporter.report(Message.INVALID_DATA_LOSS_OPTION, null, value);
    return false;
  }
}
