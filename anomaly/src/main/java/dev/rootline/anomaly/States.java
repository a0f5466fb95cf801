package dev.rootline.anomaly;

import dev.rootline.core.window.SeriesKey;
import java.util.List;

/**
 * Reads and writes detector state in the {@link SeriesStateStore}. A series seen for the first time
 * starts afresh, except a new version of an operation, which starts from the baseline of the
 * version it replaces (its rate excepted, which ramps up as the deploy rolls).
 */
final class States {
  private final SeriesStateStore store;
  private final Versions versions;

  States(SeriesStateStore store, Versions versions) {
    this.store = store;
    this.versions = versions;
  }

  static String key(SeriesKey series, String signal) {
    return series.id() + "#" + signal;
  }

  SignalState signal(String key, SeriesKey series, String signal, List<DetectorSpec> specs) {
    SignalState st = decodeSignal(store.get(key), specs);
    if (st == null) {
      String other = signal.equals(Observations.RATE) ? null : versions.latestOther(series, Long.MIN_VALUE);
      st = other == null ? null : decodeSignal(store.get(key(sibling(series, other), signal)), specs);
      if (st != null) {
        st.forgetDetections();
      } else {
        st = new SignalState(specs.get(0).model());
      }
    }
    st.fit(specs);
    return st;
  }

  SloState slo(String key, SeriesKey series, String signal) {
    byte[] bytes = store.get(key);
    SloState st = bytes == null ? null : SloCodec.decode(bytes);
    if (st != null) {
      return st;
    }
    String other = versions.latestOther(series, Long.MIN_VALUE);
    bytes = other == null ? null : store.get(key(sibling(series, other), signal));
    st = bytes == null ? null : SloCodec.decode(bytes);
    if (st == null) {
      return new SloState();
    }
    st.episode = null;
    st.lastStart = Long.MIN_VALUE;
    return st;
  }

  void put(String key, SignalState st) {
    store.put(key, StateCodec.encode(st));
  }

  void put(String key, SloState st) {
    store.put(key, SloCodec.encode(st));
  }

  private static SignalState decodeSignal(byte[] bytes, List<DetectorSpec> specs) {
    SignalState st = bytes == null ? null : StateCodec.decodeSignal(bytes);
    return st != null && st.model == specs.get(0).model() ? st : null;
  }

  private static SeriesKey sibling(SeriesKey series, String version) {
    SeriesKey.Operation op = (SeriesKey.Operation) series;
    return new SeriesKey.Operation(op.service(), op.operation(), version);
  }
}
