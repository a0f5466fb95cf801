/** Trace assembly: spans gathered by trace id until their trace has gone quiet. */
package dev.rootline.ingest.trace;
