package dev.rootline.app.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Demo mode: {@code rootline.demo.*} (environment: {@code ROOTLINE_DEMO_*}). */
@ConfigMapping(prefix = "rootline.demo")
public interface DemoConfig {
  /** Whether the simulated shop runs inside Rootline; {@code rootline demo} turns it on. */
  @WithDefault("false")
  boolean enabled();

  /** The shop's root requests per second; the demo keeps it all day, without the daily cycle. */
  @WithDefault("20")
  double peakRps();

  /** The simulation's random seed. */
  @WithDefault("7")
  long seed();

  /** The fault the shop suffers a while after start ({@code rootline demo --fault T}); {@code none} for none. */
  @WithDefault("bad-deploy")
  String fault();

  /** How long after start the fault begins: the detectors first need about five minutes of normal traffic. */
  @WithDefault("6m")
  java.time.Duration faultAfter();
}
