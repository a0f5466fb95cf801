/** Root cause analysis in the service: evidence from the live streams, incidents from anomalies, reports out. */
package dev.rootline.app.rca;
