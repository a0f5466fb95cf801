package dev.rootline.app.capture;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Opens the store of a JDBC URL without the service's connection pool, for the offline commands. */
final class StoreUrls {
  private StoreUrls() {}

  /** @throws IllegalArgumentException for a URL of neither H2 nor PostgreSQL */
  static DataSource dataSource(String url, String username, String password) {
    if (url.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(url);
      h2.setUser(username == null ? "" : username);
      h2.setPassword(password == null ? "" : password);
      return h2;
    }
    if (url.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource postgres = new PGSimpleDataSource();
      postgres.setUrl(url);
      if (username != null) {
        postgres.setUser(username);
      }
      if (password != null) {
        postgres.setPassword(password);
      }
      return postgres;
    }
    throw new IllegalArgumentException("the store URL must start with jdbc:h2: or jdbc:postgresql:");
  }

  /** The URL up to its parameters, which may hold a password. */
  static String withoutParameters(String url) {
    int end = url.length();
    for (char separator : new char[] {'?', ';'}) {
      int at = url.indexOf(separator);
      end = at < 0 ? end : Math.min(end, at);
    }
    return url.substring(0, end);
  }

  /** A hint for the failure everyone meets first: H2's file is locked by the running service. */
  static String hint(Exception e) {
    String message = String.valueOf(e.getMessage());
    for (Throwable t = e; t != null; t = t.getCause()) {
      message += " " + t.getMessage();
    }
    return message.contains("already in use") || message.contains("Database may be already")
        ? "\n  the H2 file is open in the running service: stop it, or run both with AUTO_SERVER=TRUE in "
            + "ROOTLINE_STORE_URL (README.md, \"Labelled incidents become evaluation cases\")"
        : "";
  }
}
