/** Rootline's rca stage: built by a later issue; see the module README. */
package dev.rootline.rca;
