package dev.rootline.rca.explain;

import dev.rootline.core.rca.Candidate;
import dev.rootline.core.rca.Evidence;
import dev.rootline.core.rca.RcaReport;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The key under which an explanation is kept: the incident, and what its report found (verdict,
 * ranked candidates, the evidence's ids, kinds and subjects). Figures are left out on purpose: they
 * move a little with every revision, and an explanation per minute of a lasting incident would cost
 * a model call per minute for the same story.
 */
public final class EvidenceRevision {
  private EvidenceRevision() {}

  /** {@code <incident id>#<hash>}; equal for two revisions that found the same things. */
  public static String key(RcaReport report) {
    StringBuilder found = new StringBuilder(512).append(report.verdict()).append('\n');
    for (Candidate c : report.candidates()) {
      found.append(c.kind()).append('|').append(c.service()).append('|').append(c.version()).append('|')
          .append(c.indicator()).append('\n');
      for (Evidence e : c.evidence()) {
        found.append(' ').append(e.id()).append('|').append(e.kind()).append('|').append(e.service()).append('|')
            .append(e.subject()).append('\n');
      }
    }
    return report.id() + "#" + sha256(found.toString()).substring(0, 16);
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
