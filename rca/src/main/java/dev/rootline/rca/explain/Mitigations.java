package dev.rootline.rca.explain;

import dev.rootline.core.rca.Candidate;
import dev.rootline.core.rca.Evidence;
import dev.rootline.core.rca.Indicator;
import dev.rootline.core.rca.RcaReport;
import java.util.ArrayList;
import java.util.List;

/**
 * First steps by what the cause most likely is, and what to look at next by the kind of evidence:
 * the template's catalogue, one line per case, so that it reads as data.
 */
final class Mitigations {
  private static final String HOLD = "Hold off on rollbacks until a cause stands out.";

  private Mitigations() {}

  /** The first steps for the report's first candidate, or general ones when there is none. */
  static List<String> of(RcaReport.Verdict verdict, Candidate top) {
    List<String> steps = new ArrayList<>();
    if (top == null) {
      return List.of(HOLD, "If users are hurt, scale out or shed load on the services hurt.");
    }
    if (verdict == RcaReport.Verdict.NO_CLEAR_CAUSE) {
      steps.add(HOLD);
    }
    steps.add(step(top));
    if (top.kind() == Candidate.Kind.CHANGE && top.indicator() != Indicator.CODE_CHANGE
        && top.indicator() != Indicator.CONFIG_CHANGE) {
      steps.add("Pause further deploys of " + top.service() + " until it recovers.");
    }
    return steps;
  }

  private static String step(Candidate c) {
    String s = c.service();
    return switch (c.indicator()) {
      case CODE_CHANGE -> rollBack(c);
      case CONFIG_CHANGE -> "Revert the latest configuration or feature-flag change of " + s + ".";
      case CPU, SATURATION -> "Scale out " + s + " or raise its limits, and shed load from its callers.";
      case MEMORY -> "Restart the instances of " + s + " to free memory, then scale out while the leak is found.";
      case DISK -> "Free disk space for " + s + " or move it to hosts with room.";
      case NETWORK -> "Move traffic away from the network path to " + s + ", to another zone if there is one.";
      case DEPENDENCY -> "Fail over " + s + " to a healthy replica, or shed load and open circuit breakers in its callers.";
      case LATENCY, ERRORS -> c.version() != null || c.kind() == Candidate.Kind.CHANGE ? rollBack(c)
          : "Restart the unhealthy instances of " + s + " and shed load from its callers.";
    };
  }

  private static String rollBack(Candidate c) {
    return c.version() == null ? "Roll back the latest deploy of " + c.service() + "."
        : "Roll back " + c.service() + " from " + c.version() + " to the version before it.";
  }

  /** What to look at next for one finding about the candidate's service. */
  static String check(String service, Evidence e) {
    return switch (e.kind()) {
      case CHANGE -> "Compare the errors and latency of " + service + " before and after the change (" + e.id() + ").";
      case VERSION_COMPARISON -> "Compare the new version of " + service + " with the old one side by side ("
          + e.id() + ").";
      case LOG_TEMPLATE -> "Read the new or spiking log lines of " + service + " (" + e.id() + ").";
      case METRIC -> "Check the resource metrics of " + service + " against its limits (" + e.id() + ").";
      case CALL_GRAPH -> "Check the calls between " + service + " and its dependencies (" + e.id() + ").";
      case ERROR_ORIGIN -> "Open an example trace of the failing spans in " + service + " (" + e.id() + ").";
      case SELF_TIME -> "Profile where " + service + " spends its own time (" + e.id() + ").";
      case RED -> "Check the requests, errors and latency of " + service + " by version (" + e.id() + ").";
      case PROPAGATION -> "Check that the services hurt depend on " + service + " (" + e.id() + ").";
    };
  }
}
