package dev.rootline.ingest.logs;

import java.util.Objects;

/**
 * A log template of one service that is new or spiking since an incident's onset: evidence for RCA.
 *
 * @param service            the service that logged it
 * @param templateId         the template's id in that service's miner
 * @param kind               why it is reported
 * @param template           the template text, e.g. {@code Connection to <*> timed out after <DUR>}
 * @param example            one message of the template with secrets and personal data masked
 * @param firstSeenMillis    event time of the template's earliest log still remembered
 * @param baselinePerMinute  logs per minute between the baseline start and the onset
 * @param observedPerMinute  logs per minute from the onset on
 * @param observedCount      logs from the onset on
 * @param errorCount         error logs among them
 * @param score              {@code -log10} of the Poisson probability of at least the observed count
 *                           at the baseline rate (plus one pseudo-count): higher is more surprising
 */
public record TemplateChange(
    String service,
    int templateId,
    Kind kind,
    String template,
    String example,
    long firstSeenMillis,
    double baselinePerMinute,
    double observedPerMinute,
    long observedCount,
    long errorCount,
    double score) {

  /** Why a template is reported. */
  public enum Kind {
    /** No log of the template in the baseline: it first appeared, or came back, after the onset. */
    NEW,
    /** Logged in the baseline, and since the onset at a rate well above it. */
    SPIKING
  }

  public TemplateChange {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(example, "example");
  }
}
