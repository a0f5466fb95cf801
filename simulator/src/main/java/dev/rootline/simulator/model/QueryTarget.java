package dev.rootline.simulator.model;

import java.util.Objects;

/**
 * One query or command against a datastore.
 *
 * @param datastore  the datastore's name in the model, e.g. {@code postgresql}
 * @param operation  {@code db.operation.name}, e.g. {@code SELECT} or {@code HGETALL}
 * @param collection {@code db.collection.name}, e.g. {@code products}, or null (key-value stores)
 * @param statement  {@code db.query.text}, parameterised
 * @param latency    how long the datastore takes to answer
 */
public record QueryTarget(
    String datastore, String operation, String collection, String statement, Latency latency)
    implements Target {

  public QueryTarget {
    Objects.requireNonNull(datastore, "datastore");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(latency, "latency");
  }

  /** The span name the database instrumentations use: operation, then collection when known. */
  public String spanName() {
    return collection == null ? operation : operation + " " + collection;
  }
}
