/**
 * What Rootline keeps of the telemetry around each incident (bounded rings of recent decoded
 * telemetry, copied per incident into the relational store), and {@code rootline export-labelled},
 * which writes labelled incidents as evaluation cases.
 */
package dev.rootline.app.capture;
