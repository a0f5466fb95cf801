package dev.rootline.ingest.logs;

import dev.rootline.core.telemetry.LogRecord;
import dev.rootline.ingest.signal.LogSeverity;
import java.util.regex.Pattern;

/**
 * Whether a log reports an error: its declared level when it has one (as for the log windows),
 * otherwise what its first line says, since many services log failures without any level.
 */
final class LogErrors {
  /** "KeyError", "NullPointerException", "failed", "panic:"; not "errors" nor "error_count". */
  private static final Pattern SAYS_ERROR = Pattern.compile(
      "(?i)(?:error|exception)\\b|\\bfail(?:s|ed|ure|ing)?\\b|\\b(?:fatal|panic)\\b|^traceback\\b");
  private static final int PREFIX = 256;

  private LogErrors() {}

  static boolean isError(LogRecord log) {
    if (LogSeverity.isError(log)) {
      return true;
    }
    return !LogSeverity.isDeclared(log) && SAYS_ERROR.matcher(Masks.firstLine(log.body(), PREFIX)).find();
  }
}
