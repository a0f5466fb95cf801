/** Rootline's domain records and the small interfaces between its stages; no framework imports. */
package dev.rootline.core;
