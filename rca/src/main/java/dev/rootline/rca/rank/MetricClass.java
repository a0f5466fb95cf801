package dev.rootline.rca.rank;

import dev.rootline.core.rca.Indicator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a metric's name says it measures, by the words OpenTelemetry's semantic conventions and
 * common exporters use; the first class whose pattern is found wins. Resource classes point to an
 * indicator; latency, error and log metrics repeat what spans and logs say and point to none.
 */
enum MetricClass {
  LOGS("^log\\.", null),
  CPU("cpu|throttl", Indicator.CPU),
  MEMORY("mem|heap|(^|[._])gc([._]|$)|garbage|rss|working_set|oom", Indicator.MEMORY),
  DISK("disk|filesystem|(^|[._])fs([._]|$)|volume|inode", Indicator.DISK),
  QUEUE("lag|backlog|queue|unacked", Indicator.SATURATION),
  SATURATION("pool|connection|pending|wait|thread|saturat|in_?flight|concurren|limit", Indicator.SATURATION),
  NETWORK("network|(^|[._])net([._]|$)|tcp|packet|socket|retransmit", Indicator.NETWORK),
  OTHER("", null);

  private static final List<MetricClass> ORDER = List.of(values());
  private final Pattern pattern;
  final Indicator indicator;

  MetricClass(String pattern, Indicator indicator) {
    this.pattern = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE);
    this.indicator = indicator;
  }

  static MetricClass of(String metricName) {
    for (MetricClass c : ORDER) {
      if (c == OTHER || c.pattern.matcher(metricName).find()) {
        return c;
      }
    }
    return OTHER;
  }

  boolean resource() {
    return indicator != null;
  }
}
