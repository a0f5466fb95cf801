package dev.rootline.app.notify;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** What the JDBC stores of this package share: times as the report store keeps them, enums as wire names. */
final class Sql {
  static final String UNIQUE_VIOLATION = "23505";
  /** PostgreSQL's foreign key violation, and H2's when the referred row is missing. */
  static final java.util.Set<String> FOREIGN_KEY_VIOLATION = java.util.Set.of("23503", "23506");

  private Sql() {}

  /** Both databases keep microseconds: truncating here makes the column exact, not rounded. */
  static OffsetDateTime time(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rows, String column) throws SQLException {
    return rows.getObject(column, OffsetDateTime.class).toInstant();
  }

  static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static <E extends Enum<E>> E value(Class<E> type, String name) {
    return Enum.valueOf(type, name.toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
  }
}
