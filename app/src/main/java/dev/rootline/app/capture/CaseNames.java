package dev.rootline.app.capture;

/** Directory names for exported cases: the incident id with anything but letters, digits, '.', '_' and '-' replaced. */
final class CaseNames {
  private static final int MAX = 120;

  private CaseNames() {}

  static String directory(String incidentId) {
    String safe = incidentId.replaceAll("[^A-Za-z0-9._-]", "_");
    if (safe.isEmpty() || safe.startsWith(".")) {
      safe = "incident_" + safe;
    }
    return safe.length() <= MAX ? safe : safe.substring(0, MAX);
  }
}
