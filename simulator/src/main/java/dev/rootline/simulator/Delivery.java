package dev.rootline.simulator;

import dev.rootline.simulator.model.Failure;

/**
 * One attempt to process a message.
 *
 * @param message the message
 * @param poison  the failure the consumer meets on it, when it is poison to this consumer; or null
 */
record Delivery(Message message, Failure poison) {}
