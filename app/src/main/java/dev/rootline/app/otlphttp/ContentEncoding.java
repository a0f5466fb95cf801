package dev.rootline.app.otlphttp;

import dev.rootline.ingest.otlp.InvalidRecordException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Undoes an OTLP/HTTP body's {@code Content-Encoding} (none or gzip, the two the OTLP exporters
 * use), never inflating past a limit, so a small compressed body cannot become a huge one.
 */
final class ContentEncoding {
  private ContentEncoding() {}

  /** Whether Rootline can decode this {@code Content-Encoding} header value. */
  static boolean supported(String encoding) {
    return encoding == null || encoding.isBlank() || isIdentity(encoding) || isGzip(encoding);
  }

  /**
   * The body as sent before compression.
   *
   * @throws InvalidRecordException when the body is not valid gzip or inflates beyond {@code maxBytes}
   */
  static byte[] decode(byte[] body, String encoding, int maxBytes) {
    if (encoding == null || !isGzip(encoding)) {
      return body;
    }
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, body.length * 4 + 64));
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) > 0; ) {
        if (out.size() + n > maxBytes) {
          throw new InvalidRecordException("gzip body inflates beyond the limit of " + maxBytes + " bytes");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new InvalidRecordException("body is not valid gzip: " + e.getMessage(), e);
    }
  }

  private static boolean isGzip(String encoding) {
    return encoding.trim().toLowerCase(Locale.ROOT).equals("gzip");
  }

  private static boolean isIdentity(String encoding) {
    return encoding.trim().toLowerCase(Locale.ROOT).equals("identity");
  }
}
