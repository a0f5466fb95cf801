/** Rootline's anomaly stage: built by a later issue; see the module README. */
package dev.rootline.anomaly;
