package dev.rootline.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The argument handling both simulator command lines share: {@code --flag} and {@code --name value}
 * pairs, and values read with messages that name the argument.
 */
final class CliArguments {
  private CliArguments() {}

  /**
   * The arguments by name; a flag maps to {@code "true"}.
   *
   * @throws IllegalArgumentException for an unknown argument or a name without its value
   */
  static Map<String, String> scan(String[] args, Collection<String> flags, Collection<String> valued) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (flags.contains(arg)) {
        values.put(arg, "true");
      } else if (valued.contains(arg)) {
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
          throw new IllegalArgumentException(arg + " needs a value");
        }
        values.put(arg, args[++i]);
      } else {
        throw new IllegalArgumentException("unknown argument '" + arg + "'");
      }
    }
    return values;
  }

  static Duration positiveDuration(String flag, String text) {
    try {
      Duration duration = Duration.parse(text);
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(flag + " must be positive, got " + text);
      }
      return duration;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          flag + " must be an ISO-8601 duration such as PT10M or P1D, got '" + text + "'");
    }
  }

  static Instant instant(String flag, String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(flag + " must be an instant such as 2026-03-02T10:15:00Z, got '" + text + "'");
    }
  }

  static double positive(String flag, String text) {
    try {
      double value = Double.parseDouble(text);
      if (value > 0 && !Double.isInfinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(flag + " must be a positive number, got '" + text + "'");
  }

  static long integer(String flag, String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " must be an integer, got '" + text + "'");
    }
  }
}
