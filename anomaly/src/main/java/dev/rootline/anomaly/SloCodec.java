package dev.rootline.anomaly;

import java.nio.ByteBuffer;

/** The binary form of an SLO detector's state; same framing as {@link StateCodec}. */
final class SloCodec {
  private SloCodec() {}

  static byte[] encode(SloState st) {
    ByteWriter out = new ByteWriter(1024).putByte(StateCodec.VERSION).putByte(StateCodec.SLO);
    out.putLong(st.firstMillis).putLong(st.lastStart).putFloat(st.pendingP50).putLong(st.pendingStart)
        .putInt(st.armed).putLong(st.hotSince);
    writeBuckets(out, st.fine);
    writeBuckets(out, st.coarse);
    StateCodec.writeEpisode(out, st.episode);
    return out.toBytes();
  }

  /** The state in {@code bytes}, or null when they are of another version or kind, or broken. */
  static SloState decode(byte[] bytes) {
    try {
      ByteBuffer in = StateCodec.open(bytes, StateCodec.SLO);
      if (in == null) {
        return null;
      }
      SloState st = new SloState();
      st.firstMillis = in.getLong();
      st.lastStart = in.getLong();
      st.pendingP50 = in.getFloat();
      st.pendingStart = in.getLong();
      st.armed = in.getInt();
      st.hotSince = in.getLong();
      readBuckets(in, st.fine);
      readBuckets(in, st.coarse);
      st.episode = StateCodec.readEpisode(in);
      return st;
    } catch (RuntimeException broken) {
      return null;
    }
  }

  private static void writeBuckets(ByteWriter out, Buckets b) {
    out.putLong(b.lastIndex);
    for (int i = 0; i < b.totals.length; i++) {
      out.putFloat(b.totals[i]).putFloat(b.bads[i]);
    }
  }

  private static void readBuckets(ByteBuffer in, Buckets b) {
    b.lastIndex = in.getLong();
    for (int i = 0; i < b.totals.length; i++) {
      b.totals[i] = in.getFloat();
      b.bads[i] = in.getFloat();
    }
  }
}
