package dev.rootline.core.telemetry;

/**
 * An {@code exception} span event: what was thrown, where in the span's lifetime.
 *
 * @param timeNanos epoch nanoseconds of the event
 * @param type      {@code exception.type}, or null
 * @param message   {@code exception.message}, or null
 */
public record ExceptionEvent(long timeNanos, String type, String message) {}
