/** Rootline's notifier stage: built by a later issue; see the module README. */
package dev.rootline.notifier;
