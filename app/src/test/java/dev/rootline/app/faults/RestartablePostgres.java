package dev.rootline.app.faults;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL server (from Maven jars) that can be stopped and started again on the same
 * port and data directory, so Rootline's connection pool sees the same database go and come back.
 */
final class RestartablePostgres implements AutoCloseable {
  private final int port = freePort();
  private final Path dataDir;
  private EmbeddedPostgres postgres;

  RestartablePostgres() {
    try {
      dataDir = Files.createTempDirectory("rootline-outage-pg");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the server (again); returns once it accepts connections. */
  synchronized RestartablePostgres start() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDir)
            .setCleanDataDirectory(false).start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start PostgreSQL", e);
      }
    }
    return this;
  }

  /** Stops the server; its data directory stays for the next start. */
  synchronized void stop() {
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      postgres = null;
    }
  }

  String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/postgres";
  }

  @Override
  public synchronized void close() {
    stop();
    try (var files = Files.walk(dataDir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary directory: left behind at worst.
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
