package dev.rootline.app.scaleout;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A webhook receiver on loopback that keeps every delivery's {@code X-Rootline-Delivery}
 * ({@code incident/revision}) in arrival order: a page is an incident's first delivery, the rest
 * are updates of it.
 */
final class Deliveries implements AutoCloseable {
  /** One delivery: which incident, which revision, whether the report names {@code service}. */
  record Delivery(String incident, int revision, boolean names) {}

  private final HttpServer server;
  private final List<Delivery> received = new ArrayList<>();

  /** @param service the service whose incident the test follows */
  Deliveries(String service) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/hook", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String id = exchange.getRequestHeaders().getFirst("X-Rootline-Delivery");
      if (id != null && id.lastIndexOf('/') > 0) {
        int slash = id.lastIndexOf('/');
        synchronized (received) {
          received.add(new Delivery(id.substring(0, slash), Integer.parseInt(id.substring(slash + 1)),
              body.contains("\"" + service + "\"")));
        }
      }
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  List<Delivery> all() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  /** The deliveries of reports that name the service, in arrival order. */
  List<Delivery> naming() {
    return all().stream().filter(Delivery::names).toList();
  }

  /** The incidents paged whose reports name the service, in order. */
  Set<String> incidentsNaming() {
    Set<String> out = new LinkedHashSet<>();
    naming().forEach(d -> out.add(d.incident()));
    return out;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
