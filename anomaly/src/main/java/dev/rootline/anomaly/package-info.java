/**
 * Rootline's anomaly stage: robust, seasonal baselines per series and signal, detectors declared
 * as data in one catalogue, and a lifecycle that turns one departure from normal into one anomaly.
 */
package dev.rootline.anomaly;
