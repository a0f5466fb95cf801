package dev.rootline.ingest.logs;

import static dev.rootline.ingest.logs.LogLines.log;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LogErrorsTest {
  private static final Map<String, Integer> SEVERITY = Map.of("unset", LogLines.UNSET, "info", LogLines.INFO,
      "error", LogLines.ERROR);

  @Test
  void isError_readsTheLevelWhenDeclaredAndTheWordsOtherwise() {
    Tables.check("""
        unset | KeyError: 'user_id'                        => error
        unset | java.lang.IllegalStateException: boom      => error
        unset | user 12 checkout failed: card declined     => error
        unset | panic: runtime error: invalid memory       => error
        unset | Traceback (most recent call last):         => error
        unset | 10:15:00 ERROR [main] pool exhausted       => error
        unset | all good, no errors                        => ok
        unset | error_count=0 failures=0                   => ok
        unset | payment accepted                           => ok
        info  | retry failed, will try again               => ok
        error | done                                       => error
        """, row -> {
          String[] cells = row.split("\\|", 2);
          int severity = SEVERITY.get(cells[0].strip());
          return LogErrors.isError(log("cart", 0, 0, severity, cells[1].strip())) ? "error" : "ok";
        });
  }
}
