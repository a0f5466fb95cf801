package dev.rootline.simulator;

import dev.rootline.simulator.model.Failure;

/**
 * What an endpoint's downstream calls came to.
 *
 * @param endNanos         when the last call returned
 * @param gapNanos         the endpoint's own time spent between calls
 * @param failure          the failure of a critical call, which fails the request; or null
 * @param degradedTarget   the last non-critical call that failed, or null
 * @param degradation      its failure, or null
 */
record Downstream(long endNanos, long gapNanos, Failure failure, String degradedTarget, Failure degradation) {}
