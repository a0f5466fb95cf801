package dev.rootline.anomaly;

import dev.rootline.anomaly.DetectorSpec.Model;
import java.nio.ByteBuffer;

/**
 * The binary form of a signal's state in the {@link SeriesStateStore}: a version byte, a kind
 * byte, then fixed fields, floats for learned values. A reader refuses other versions and kinds
 * and broken bytes (null), so the engine starts such a series afresh rather than misreading it.
 */
final class StateCodec {
  static final byte VERSION = 1;
  static final byte SIGNAL = 1;
  static final byte SLO = 2;
  private static final Model[] MODELS = Model.values();

  private StateCodec() {}

  static byte[] encode(SignalState st) {
    ByteWriter out = new ByteWriter(1024).putByte(VERSION).putByte(SIGNAL).putByte(st.model.ordinal());
    out.putLong(st.lastStart).putInt(st.windowMillis).putInt(st.learned).putBoolean(st.withinLimits)
        .putInt(st.fingerprint).putLong(st.baseline.firstMillis);
    Ring ring = st.baseline.ring;
    out.putByte(ring.size());
    for (int i = 0; i < ring.size(); i++) {
      out.putFloat(ring.value(i)).putFloat(ring.companion(i));
    }
    if (st.model == Model.PEAK) {
      out.putFloat(st.baseline.bucketMax).putByte(st.baseline.bucketWindows);
    }
    writeProfile(out, st.baseline.profile);
    if (st.pool != null) {
      writePool(out.putLong(st.heldBefore).putLong(st.scanFrom), st.pool);
    }
    out.putByte(st.memory.length);
    for (Memory m : st.memory) {
      out.putByte(m.bits).putFloat(m.cusum).putLong(m.cusumStart);
    }
    writeEpisode(out, st.episode);
    return out.toBytes();
  }

  /** The state in {@code bytes}, or null when they are of another version or kind, or broken. */
  static SignalState decodeSignal(byte[] bytes) {
    try {
      ByteBuffer in = open(bytes, SIGNAL);
      if (in == null) {
        return null;
      }
      SignalState st = new SignalState(MODELS[in.get()]);
      st.lastStart = in.getLong();
      st.windowMillis = in.getInt();
      st.learned = in.getInt();
      st.withinLimits = in.get() != 0;
      st.fingerprint = in.getInt();
      st.baseline.firstMillis = in.getLong();
      for (int i = 0, size = Byte.toUnsignedInt(in.get()); i < size; i++) {
        st.baseline.ring.push(in.getFloat(), in.getFloat());
      }
      if (st.model == Model.PEAK) {
        st.baseline.bucketMax = in.getFloat();
        st.baseline.bucketWindows = in.get();
      }
      readProfile(in, st.baseline.profile);
      if (st.pool != null) {
        st.heldBefore = in.getLong();
        st.scanFrom = in.getLong();
        readPool(in, st.pool);
      }
      st.memory = new Memory[Byte.toUnsignedInt(in.get())];
      for (int i = 0; i < st.memory.length; i++) {
        Memory m = st.memory[i] = new Memory();
        m.bits = Byte.toUnsignedInt(in.get());
        m.cusum = in.getFloat();
        m.cusumStart = in.getLong();
      }
      st.episode = readEpisode(in);
      return st;
    } catch (RuntimeException broken) {
      return null;
    }
  }

  /** The buffer past its version and kind bytes, or null when they are not these. */
  static ByteBuffer open(byte[] bytes, byte kind) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    return in.remaining() >= 2 && in.get() == VERSION && in.get() == kind ? in : null;
  }

  static void writeEpisode(ByteWriter out, Episode e) {
    out.putBoolean(e != null);
    if (e != null) {
      out.putByte(e.spec).putLong(e.onset).putLong(e.lastSeen).putFloat(e.observed).putFloat(e.expected)
          .putFloat(e.score).putFloat(e.reportedScore).putShort(e.sinceReport).putShort(e.normalStreak)
          .putInt(e.age);
    }
  }

  static Episode readEpisode(ByteBuffer in) {
    if (in.get() == 0) {
      return null;
    }
    Episode e = new Episode();
    e.spec = Byte.toUnsignedInt(in.get());
    e.onset = in.getLong();
    e.lastSeen = in.getLong();
    e.observed = in.getFloat();
    e.expected = in.getFloat();
    e.score = in.getFloat();
    e.reportedScore = in.getFloat();
    e.sinceReport = in.getShort();
    e.normalStreak = in.getShort();
    e.age = in.getInt();
    return e;
  }

  private static void writeProfile(ByteWriter out, DailyProfile profile) {
    boolean present = profile != null && profile.learnedAny();
    out.putBoolean(present);
    if (present) {
      for (float level : profile.levels) {
        out.putFloat(level);
      }
      out.putBytes(profile.counts);
    }
  }

  private static void readProfile(ByteBuffer in, DailyProfile profile) {
    if (in.get() == 0) {
      return;
    }
    if (profile == null) {
      throw new IllegalStateException("a profile for a model without one");
    }
    for (int i = 0; i < DailyProfile.SLOTS; i++) {
      profile.levels[i] = in.getFloat();
    }
    in.get(profile.counts);
  }

  private static void writePool(ByteWriter out, Pool pool) {
    out.putByte(pool.size);
    for (int i = 0; i < pool.size; i++) {
      out.putFloat(pool.failed[i]).putFloat(pool.totals[i]).putLong(pool.starts[i]);
    }
  }

  private static void readPool(ByteBuffer in, Pool pool) {
    for (int i = 0, size = Byte.toUnsignedInt(in.get()); i < size; i++) {
      pool.push(in.getFloat(), in.getFloat(), in.getLong());
    }
  }
}
