package dev.rootline.app.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Synthetic traces shaped like a shop's: a gateway calls the frontend, which calls one of three
 * mid-tier services, which queries PostgreSQL and calls one of four back-end services; 10 spans
 * over 4 services per trace, HTTP and database attributes as OpenTelemetry's semantic conventions
 * name them, unique ids, URLs and client addresses, and 2% of back-end calls failing with an
 * exception event. Deterministic for a seed. Not thread-safe.
 */
final class TraceTraffic {
  static final int SPANS_PER_TRACE = 10;
  private static final String[] MID = {"cart", "checkout", "catalog"};
  private static final String[] BACK = {"payment", "inventory", "shipping", "pricing"};
  private static final String STACK = "java.net.SocketTimeoutException: Read timed out\n"
      + "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)\n".repeat(12);

  private final List<String> names;
  private final Random random;

  /** Traffic whose service names start with {@code prefix} (empty for the plain shop). */
  TraceTraffic(String prefix, long seed) {
    this.names = names(prefix);
    this.random = new Random(seed);
  }

  /** The service names, indexed as {@link BenchSpan#service()}. */
  List<String> services() {
    return names;
  }

  private static List<String> names(String prefix) {
    List<String> names = new ArrayList<>();
    names.add(prefix + "gateway");
    names.add(prefix + "frontend");
    for (String s : MID) {
      names.add(prefix + s);
    }
    for (String s : BACK) {
      names.add(prefix + s);
    }
    return List.copyOf(names);
  }

  /** One trace whose root span ends at {@code endNanos}; every span ends no later. */
  List<BenchSpan> next(long endNanos) {
    byte[] traceId = bytes(16);
    int mid = 2 + random.nextInt(MID.length);
    int back = 2 + MID.length + random.nextInt(BACK.length);
    boolean error = random.nextInt(50) == 0;
    long start = endNanos - 80_000_000L - random.nextInt(20_000_000);
    List<BenchSpan> spans = new ArrayList<>(SPANS_PER_TRACE);
    byte[] gw = server(spans, traceId, bytes(8), 0, "GET /api/checkout", start, endNanos, false);
    byte[] gwCall = client(spans, traceId, gw, 0, 1, start + 1_000_000, endNanos - 1_000_000);
    byte[] front = server(spans, traceId, gwCall, 1, "GET /api/checkout", start + 2_000_000, endNanos - 2_000_000, false);
    byte[] frontCall = client(spans, traceId, front, 1, mid, start + 3_000_000, endNanos - 3_000_000);
    byte[] midServer = server(spans, traceId, frontCall, mid, "POST /" + name(mid) + "/{id}", start + 4_000_000,
        endNanos - 4_000_000, false);
    database(spans, traceId, midServer, mid, start + 5_000_000, start + 8_000_000 + random.nextInt(3_000_000));
    byte[] midCall = client(spans, traceId, midServer, mid, back, start + 20_000_000, endNanos - 10_000_000);
    byte[] backServer = server(spans, traceId, midCall, back, "GET /" + name(back), start + 21_000_000,
        endNanos - 11_000_000, error);
    spans.add(new BenchSpan(back, "compute " + name(back), BenchSpan.Kind.INTERNAL, traceId, bytes(8), backServer,
        start + 22_000_000, start + 23_000_000, Map.of("code.function.name", "com.example.shop.Engine.compute"),
        false, null, null));
    database(spans, traceId, backServer, back, start + 24_000_000, start + 27_000_000 + random.nextInt(3_000_000));
    return spans;
  }

  private byte[] server(List<BenchSpan> spans, byte[] traceId, byte[] parent, int service, String name, long start,
      long end, boolean error) {
    String route = name.substring(name.indexOf(' ') + 1);
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("http.request.method", name.substring(0, name.indexOf(' ')));
    a.put("http.route", route);
    a.put("url.path", route.replace("{id}", Integer.toString(random.nextInt(1_000_000))));
    a.put("url.scheme", "http");
    a.put("http.response.status_code", error ? 500L : 200L);
    a.put("server.address", name(service));
    a.put("server.port", 8080L);
    a.put("network.protocol.version", "1.1");
    a.put("client.address", "10.0." + random.nextInt(256) + "." + random.nextInt(256));
    a.put("user_agent.original", "Go-http-client/1.1");
    byte[] id = bytes(8);
    spans.add(new BenchSpan(service, name, BenchSpan.Kind.SERVER, traceId, id, parent, start, end, a, error, null,
        error ? STACK : null));
    return id;
  }

  private byte[] client(List<BenchSpan> spans, byte[] traceId, byte[] parent, int service, int callee, long start,
      long end) {
    String peer = name(callee);
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("http.request.method", "GET");
    a.put("server.address", peer);
    a.put("server.port", 8080L);
    a.put("peer.service", peer);
    a.put("url.full", "http://" + peer + ":8080/api/items/" + random.nextInt(1_000_000));
    a.put("http.response.status_code", 200L);
    a.put("network.peer.address", "10.1." + random.nextInt(256) + "." + random.nextInt(256));
    byte[] id = bytes(8);
    spans.add(new BenchSpan(service, "GET", BenchSpan.Kind.CLIENT, traceId, id, parent, start, end, a, false, peer,
        null));
    return id;
  }

  private void database(List<BenchSpan> spans, byte[] traceId, byte[] parent, int service, long start, long end) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("db.system.name", "postgresql");
    a.put("db.namespace", "shop");
    a.put("db.operation.name", "SELECT");
    a.put("db.collection.name", "items");
    a.put("db.query.text", "SELECT id, sku, name, price, stock FROM items WHERE id = $1 AND tenant = $2");
    a.put("server.address", "pg-primary.shop.svc");
    a.put("server.port", 5432L);
    spans.add(new BenchSpan(service, "SELECT shop.items", BenchSpan.Kind.CLIENT, traceId, bytes(8), parent, start,
        end, a, false, "postgresql", null));
  }

  private String name(int service) {
    return names.get(service);
  }

  private byte[] bytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }
}
