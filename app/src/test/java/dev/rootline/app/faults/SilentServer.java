package dev.rootline.app.faults;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A notification destination that accepts every request on loopback and never answers it (until
 * closed): the dead channel of {@link SlowChannelIT}. Each request's path is queued for the test.
 */
final class SilentServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final CountDownLatch closed = new CountDownLatch(1);
  private final BlockingQueue<String> requests = new LinkedBlockingQueue<>();

  SilentServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.add(exchange.getRequestURI().getPath());
      try {
        closed.await(); // holds the request open: no status, no body
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
    });
    server.setExecutor(threads);
    server.start();
  }

  String url(String path) {
    return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + path;
  }

  /** The path of the next request that arrived, or null after {@code seconds}. */
  String take(int seconds) throws InterruptedException {
    return requests.poll(seconds, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
    threads.shutdownNow();
  }
}
