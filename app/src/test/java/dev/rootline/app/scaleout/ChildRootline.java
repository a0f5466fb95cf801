package dev.rootline.app.scaleout;

import dev.rootline.app.PrometheusText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One real Rootline process: the packaged application ({@code target/quarkus-app/quarkus-run.jar},
 * built by {@code package} before failsafe runs) in a child JVM with its own HTTP port, configured
 * by system properties, its output in {@code target/<name>.log}. Always {@link #close()} it.
 */
final class ChildRootline implements AutoCloseable {
  private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final String name;
  private final int port;
  private final Process process;

  private ChildRootline(String name, int port, Process process) {
    this.name = name;
    this.port = port;
    this.process = process;
  }

  /** Starts the process; {@code properties} become {@code -D} options (the HTTP port is chosen here). */
  static ChildRootline start(String name, Map<String, String> properties) {
    if (!Files.exists(JAR)) {
      throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run through `verify` (package comes first)");
    }
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    // Small heaps and the quick JIT: two of these share two cores with the test and the broker.
    command.addAll(List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dquarkus.http.port=" + port));
    properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.addAll(List.of("-jar", JAR.toString()));
    Path log = Path.of("target", name + ".log");
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      return new ChildRootline(name, port, process);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name, e);
    }
  }

  String name() {
    return name;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** The body of a GET, or null when the process does not answer 200. */
  String get(String path) {
    try {
      HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
          .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 ? response.body() : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  boolean ready() {
    return get("/q/health/ready") != null;
  }

  /** A Prometheus sample whose labels contain every {@code label="value"} pair given; 0 when absent. */
  double metric(String sample, String... labelPairs) {
    String metrics = get("/q/metrics");
    if (metrics == null) {
      return 0;
    }
    return PrometheusText.sample(metrics, sample, labelPairs);
  }

  /** SIGKILL: no shutdown hook, nothing flushed, no group left. */
  void kill() {
    process.destroyForcibly();
    waitFor(Duration.ofSeconds(30));
  }

  /** SIGTERM: Quarkus shuts down cleanly and leaves its consumer groups. */
  void stop() {
    process.destroy();
    if (!waitFor(Duration.ofSeconds(30))) {
      kill();
    }
  }

  private boolean waitFor(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      kill();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
