package dev.rootline.core.telemetry;

/**
 * The span attributes root cause analysis reads, under their current and older semantic-convention
 * names. Every field is null (or 0 for the status code) when the span does not carry it.
 *
 * @param httpMethod           {@code http.request.method} / {@code http.method}
 * @param httpRoute            {@code http.route}
 * @param httpStatusCode       {@code http.response.status_code} / {@code http.status_code}; 0 when absent
 * @param peerService          {@code peer.service}, else {@code server.address} / {@code net.peer.name}
 * @param dbSystem             {@code db.system.name} / {@code db.system}
 * @param dbNamespace          {@code db.namespace} / {@code db.name}
 * @param messagingSystem      {@code messaging.system}
 * @param messagingDestination {@code messaging.destination.name} / {@code messaging.destination}
 * @param rpcService           {@code rpc.service}
 */
public record SpanAttributes(
    String httpMethod,
    String httpRoute,
    int httpStatusCode,
    String peerService,
    String dbSystem,
    String dbNamespace,
    String messagingSystem,
    String messagingDestination,
    String rpcService) {

  /** A span with none of the attributes Rootline reads. */
  public static final SpanAttributes NONE =
      new SpanAttributes(null, null, 0, null, null, null, null, null, null);

  /**
   * The best name of the side a client or producer span calls: the database system for a query
   * (the peer name of a database is usually a host, and one system is what people blame), else the
   * peer service, the queue, or the RPC service; null when the span names none.
   */
  public String callee() {
    if (dbSystem != null) {
      return dbSystem;
    }
    if (peerService != null) {
      return peerService;
    }
    if (messagingDestination != null) {
      return messagingDestination;
    }
    if (messagingSystem != null) {
      return messagingSystem;
    }
    return rpcService;
  }
}
