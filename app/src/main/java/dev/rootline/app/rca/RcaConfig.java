package dev.rootline.app.rca;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Root cause analysis across replicas: {@code rootline.rca.*} (environment: {@code ROOTLINE_RCA_*}).
 * See docs/adr/018-scale-out-and-restart.md.
 */
@ConfigMapping(prefix = "rootline.rca")
public interface RcaConfig {
  /** How often due incidents are analysed. */
  @WithDefault("5s")
  Duration tick();

  /**
   * How long a new incident waits before its first report, for the anomalies that belong to it and
   * the part of the call graph that links them to come in (like Alertmanager's {@code group_wait}):
   * incidents opened apart are joined only while at most one of them was reported. With the 5 s
   * tick, the first report follows the incident by 5-10 s.
   */
  @WithDefault("5s")
  Duration groupWait();

  /**
   * The consumer group of this process's analysis: unique per process by default, so that every
   * replica reads every partition of the windows and anomalies topics.
   */
  String groupId();

  /**
   * How far back the analysis rereads windows and anomalies when it starts, to rebuild its open
   * incidents and their baselines; 0 means no rereading (continue from the group's offsets).
   */
  @WithDefault("60m")
  Duration lookBack();

  /** The longest the analysis waits to reread that history before it reports anyway. */
  @WithDefault("2m")
  Duration catchUpTimeout();

  /**
   * Spans a second this replica reads into trace evidence in full; beyond it, a share of the traces
   * (1/2 ... 1/64, by trace id) that keeps within it, counted in {@code rootline.rca.spans.unread}.
   * Windows, anomalies and every other figure still see every span. 0 reads every trace whatever
   * the rate. ADR 024.
   */
  @WithDefault("100000")
  long traceBudget();

  /** The one-partition topic whose owner in the leader group is the one replica that reports. */
  @WithDefault("rootline.rca.leader")
  String leaderTopic();

  /** How soon a replica that died unannounced (SIGKILL, lost node) loses the leadership. */
  @WithDefault("10s")
  Duration leaderSessionTimeout();
}
