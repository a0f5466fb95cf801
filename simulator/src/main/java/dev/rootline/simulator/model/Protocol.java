package dev.rootline.simulator.model;

/** How a service endpoint is called, which decides its span names and attributes. */
public enum Protocol {
  /** HTTP/REST: spans named {@code GET /route}, with {@code http.*} attributes. */
  HTTP,
  /** gRPC: spans named {@code package.Service/Method}, with {@code rpc.*} attributes. */
  GRPC,
  /** A Kafka consumer: spans named {@code topic process}, with {@code messaging.*} attributes. */
  MESSAGING
}
