/** Recent decoded telemetry kept in bounded memory, so that an incident's stretch of it can be copied out. */
package dev.rootline.ingest.capture;
