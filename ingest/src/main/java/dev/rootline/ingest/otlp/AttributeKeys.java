package dev.rootline.ingest.otlp;

/**
 * The attribute keys Rootline reads, mapped to slots, under their current and older
 * semantic-convention names. Readers ask for the slot first and skip the value of any key without
 * one, so most attribute values are never decoded.
 */
final class AttributeKeys {
  /** Where a key/value list sits: on a resource, a span, or a span event. */
  static final int RESOURCE = 0, SPAN = 1, EVENT = 2;
  static final int NONE = -1;

  static final int SERVICE_NAME = 0, SERVICE_VERSION = 1, ENVIRONMENT = 2, ENVIRONMENT_OLD = 3,
      INSTANCE = 4, K8S_NAMESPACE = 5, K8S_POD = 6, HOST = 7, RESOURCE_SLOTS = 8;

  static final int HTTP_METHOD = 0, HTTP_METHOD_OLD = 1, HTTP_ROUTE = 2, PEER_SERVICE = 3,
      SERVER_ADDRESS = 4, NET_PEER_NAME = 5, DB_SYSTEM = 6, DB_SYSTEM_OLD = 7, DB_NAMESPACE = 8,
      DB_NAME = 9, MESSAGING_SYSTEM = 10, MESSAGING_DESTINATION = 11,
      MESSAGING_DESTINATION_OLD = 12, RPC_SERVICE = 13, HTTP_STATUS = 14, HTTP_STATUS_OLD = 15,
      SPAN_SLOTS = 16;

  static final int EXCEPTION_TYPE = 0, EXCEPTION_MESSAGE = 1;

  private AttributeKeys() {}

  /** The slot of {@code key} in the given scope, or {@link #NONE}. */
  static int slot(int scope, String key) {
    return switch (scope) {
      case RESOURCE -> resourceSlot(key);
      case SPAN -> spanSlot(key);
      default -> eventSlot(key);
    };
  }

  /** Whether a span slot holds an HTTP status code, which senders write as int or string. */
  static boolean isStatusCode(int spanSlot) {
    return spanSlot == HTTP_STATUS || spanSlot == HTTP_STATUS_OLD;
  }

  private static int resourceSlot(String key) {
    return switch (key) {
      case "service.name" -> SERVICE_NAME;
      case "service.version" -> SERVICE_VERSION;
      case "deployment.environment.name" -> ENVIRONMENT;
      case "deployment.environment" -> ENVIRONMENT_OLD;
      case "service.instance.id" -> INSTANCE;
      case "k8s.namespace.name" -> K8S_NAMESPACE;
      case "k8s.pod.name" -> K8S_POD;
      case "host.name" -> HOST;
      default -> NONE;
    };
  }

  private static int spanSlot(String key) {
    return switch (key) {
      case "http.request.method" -> HTTP_METHOD;
      case "http.method" -> HTTP_METHOD_OLD;
      case "http.route" -> HTTP_ROUTE;
      case "http.response.status_code" -> HTTP_STATUS;
      case "http.status_code" -> HTTP_STATUS_OLD;
      case "peer.service" -> PEER_SERVICE;
      case "server.address" -> SERVER_ADDRESS;
      case "net.peer.name" -> NET_PEER_NAME;
      case "db.system.name" -> DB_SYSTEM;
      case "db.system" -> DB_SYSTEM_OLD;
      case "db.namespace" -> DB_NAMESPACE;
      case "db.name" -> DB_NAME;
      case "messaging.system" -> MESSAGING_SYSTEM;
      case "messaging.destination.name" -> MESSAGING_DESTINATION;
      case "messaging.destination" -> MESSAGING_DESTINATION_OLD;
      case "rpc.service" -> RPC_SERVICE;
      default -> NONE;
    };
  }

  private static int eventSlot(String key) {
    return switch (key) {
      case "exception.type" -> EXCEPTION_TYPE;
      case "exception.message" -> EXCEPTION_MESSAGE;
      default -> NONE;
    };
  }
}
