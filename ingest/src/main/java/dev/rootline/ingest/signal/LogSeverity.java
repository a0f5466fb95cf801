package dev.rootline.ingest.signal;

import dev.rootline.core.telemetry.LogRecord;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a log record reports an error. The OTLP severity number decides when set; many pipelines
 * leave it unset, so then the severity text, a level attribute, or a level word at the start of the
 * body ({@code ERROR ...}, {@code level=error}, {@code "level":"error"}) decides.
 */
public final class LogSeverity {
  private static final Set<String> ERROR_WORDS = Set.of(
      "error", "err", "fatal", "critical", "crit", "severe", "panic", "alert", "emerg", "emergency");
  private static final String[] LEVEL_ATTRIBUTES = {"level", "log.level", "severity", "levelname", "loglevel"};
  private static final Pattern BODY_LEVEL = Pattern.compile(
      "(?:^|[\\s\\[|])(ERROR|FATAL|CRITICAL|SEVERE|PANIC)[\\s\\]:|]"
          + "|\\blevel\"?\\s*[=:]\\s*\"?(?i:error|fatal|critical|panic)\\b");
  private static final int BODY_PREFIX = 120;

  private LogSeverity() {}

  public static boolean isError(LogRecord log) {
    if (log.severityNumber() > 0) {
      return log.isError();
    }
    if (log.severityText() != null) {
      return isErrorWord(log.severityText());
    }
    for (String key : LEVEL_ATTRIBUTES) {
      String level = log.attributes().get(key);
      if (level != null) {
        return isErrorWord(level);
      }
    }
    String body = log.body();
    return BODY_LEVEL.matcher(body.length() <= BODY_PREFIX ? body : body.substring(0, BODY_PREFIX)).find();
  }

  /** Whether the record states its level: a severity number or text, or a level attribute. */
  public static boolean isDeclared(LogRecord log) {
    if (log.severityNumber() > 0 || log.severityText() != null) {
      return true;
    }
    for (String key : LEVEL_ATTRIBUTES) {
      if (log.attributes().containsKey(key)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isErrorWord(String level) {
    return ERROR_WORDS.contains(level.trim().toLowerCase(Locale.ROOT));
  }
}
