package dev.rootline.notifier;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a receiver tells that a webhook came from this Rootline: {@value #SIGNATURE_HEADER} is
 * {@code sha256=} and the hex HMAC-SHA256, keyed by the shared secret, of
 * {@code <timestamp>.<body>}, where the timestamp (Unix seconds) is sent in {@value #TIMESTAMP_HEADER}.
 * Signing the timestamp lets a receiver refuse old requests replayed at it.
 */
public final class WebhookSignature {
  public static final String SIGNATURE_HEADER = "X-Rootline-Signature";
  public static final String TIMESTAMP_HEADER = "X-Rootline-Timestamp";
  private final byte[] secret;

  public WebhookSignature(String secret) {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("a webhook needs a signing secret");
    }
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
  }

  /** The header value for a body sent at {@code timestamp}. */
  public String sign(long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  /** Whether {@code signature} is this secret's, compared in constant time. */
  public boolean verify(long timestamp, byte[] body, String signature) {
    return signature != null && MessageDigest.isEqual(sign(timestamp, body).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
  }

  @Override
  public String toString() {
    return "WebhookSignature[secret=***]";
  }
}
